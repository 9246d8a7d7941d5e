package org.griddesk.sync.client;

import java.time.Duration;
import java.util.Optional;

/**
 * The platform could not be reached or kept failing (network, 5xx, 429) after every retry. {@link #platformCode}
 * is the error code the platform answered with, if it answered at all: {@code unavailable} says the platform is
 * up but its database is not, for a moment.
 */
public final class ServerUnavailableException extends SyncException {

    private final String platformCode;
    private final Duration retryAfter;

    public ServerUnavailableException(String message, Throwable cause) {
        this(message, cause, null);
    }

    public ServerUnavailableException(String message, Throwable cause, String platformCode) {
        this(message, cause, platformCode, null);
    }

    /** {@code retryAfter}: how long the platform asked to be left alone (its Retry-After), or null. */
    public ServerUnavailableException(String message, Throwable cause, String platformCode, Duration retryAfter) {
        super("unavailable", message, cause);
        this.platformCode = platformCode;
        this.retryAfter = retryAfter;
    }

    /** The wait the platform asked for; a caller scheduling the next sync waits at least this long. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public String platformCode() {
        return platformCode;
    }
}
