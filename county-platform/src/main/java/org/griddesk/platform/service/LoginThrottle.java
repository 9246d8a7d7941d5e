package org.griddesk.platform.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.griddesk.platform.store.LoginFailureStore;

/** After {@code maxFailures} failed sign-ins for one name within {@code window}, that name waits. */
public final class LoginThrottle {
    private final String county;
    private final LoginFailureStore failures;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    public LoginThrottle(String county, LoginFailureStore failures, Clock clock, int maxFailures, Duration window) {
        this.county = county;
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long this name must still wait, if it is blocked now. */
    public Optional<Duration> blockedFor(String username) {
        Instant now = clock.instant();
        List<Instant> recent = failures.since(county, username, now.minus(window));
        if (recent.size() < maxFailures) {
            return Optional.empty();
        }
        // The block lifts once enough of the oldest failures have left the window.
        Instant unblocksAt = recent.get(recent.size() - maxFailures).plus(window);
        Duration wait = Duration.between(now, unblocksAt);
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        failures.record(county, username, now, now.minus(window));
    }

    public void reset(String username) {
        failures.clear(county, username);
    }
}
