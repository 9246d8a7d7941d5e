package org.griddesk.platform.service;

/** A request the platform refuses; the message is safe to show (it never contains a password). */
public abstract class PlatformServiceException extends RuntimeException {
    protected PlatformServiceException(String message) {
        super(message);
    }
}
