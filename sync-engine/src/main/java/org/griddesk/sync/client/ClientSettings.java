package org.griddesk.sync.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts, retries and pushes in flight of the HTTP sync client. Two pushes in flight let the device build and send
 * the next batch, and the platform read it, while the one before is judged; more would only queue at the platform,
 * which judges a county's batches one at a time.
 */
public record ClientSettings(Duration connectTimeout, Duration readTimeout, RetryPolicy retry, int pushesInFlight) {

    public static final int PUSHES_IN_FLIGHT = 2;

    public ClientSettings {
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(readTimeout);
        Objects.requireNonNull(retry);
        if (pushesInFlight < 1) {
            throw new IllegalArgumentException("At least one push must be able to go");
        }
    }

    public ClientSettings(Duration connectTimeout, Duration readTimeout, RetryPolicy retry) {
        this(connectTimeout, readTimeout, retry, PUSHES_IN_FLIGHT);
    }

    public static ClientSettings standard() {
        return new ClientSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), RetryPolicy.standard());
    }
}
