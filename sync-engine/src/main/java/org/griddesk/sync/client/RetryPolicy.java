package org.griddesk.sync.client;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Bounded exponential back-off with jitter: after failure n the wait is a random time between half and
 * all of {@code initialDelay * 2^(n-1)}, capped at {@code maxDelay}, so many devices coming online at
 * once do not retry in lockstep.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= initial <= max");
        }
    }

    public static RetryPolicy standard() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    public Duration delayAfterFailure(int failedAttempt, RandomGenerator random) {
        long initial = initialDelay.toMillis();
        int doublings = Math.min(failedAttempt - 1, 30);
        long full = Math.min(maxDelay.toMillis(), initial << doublings);
        if (full <= 0) {
            return Duration.ZERO;
        }
        long half = full / 2;
        return Duration.ofMillis(half + random.nextLong(full - half + 1));
    }
}
