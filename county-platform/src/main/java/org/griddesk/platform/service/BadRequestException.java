package org.griddesk.platform.service;

/** A request whose shape is wrong, before any record is looked at (answered 400 {@code invalid_request}). */
public final class BadRequestException extends PlatformServiceException {
    public BadRequestException(String message) {
        super(message);
    }
}
