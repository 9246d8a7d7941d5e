package org.griddesk.platform.service;

import java.time.Duration;

public final class TooManyAttemptsException extends PlatformServiceException {
    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("Too many failed sign-in attempts; try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
