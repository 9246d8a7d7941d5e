package org.griddesk.sync.client;

import java.time.Duration;
import java.util.Objects;

/** Timeouts and retries of the HTTP sync client. */
public record ClientSettings(Duration connectTimeout, Duration readTimeout, RetryPolicy retry) {

    public ClientSettings {
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(readTimeout);
        Objects.requireNonNull(retry);
    }

    public static ClientSettings standard() {
        return new ClientSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), RetryPolicy.standard());
    }
}
