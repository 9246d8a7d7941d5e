package org.griddesk.platform.service;

public final class InvalidInputException extends PlatformServiceException {
    public InvalidInputException(String message) {
        super(message);
    }
}
