package org.griddesk.platform.service;

public final class AlreadyExistsException extends PlatformServiceException {
    public AlreadyExistsException(String message) {
        super(message);
    }
}
