package org.griddesk.sync.client;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Waits between attempts as the retry policy says, and at least as long as the platform asked (Retry-After). A
 * platform asking for more than {@link #LONGEST_HONOURED_WAIT} is not waited for within this sync: the failure goes
 * to the caller, which schedules the next sync no earlier. An interrupted wait gives up with the failure.
 */
final class Backoff {

    static final Duration LONGEST_HONOURED_WAIT = Duration.ofMinutes(2);

    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    Backoff(RetryPolicy retry, Sleeper sleeper, RandomGenerator random) {
        this.retry = Objects.requireNonNull(retry);
        this.sleeper = Objects.requireNonNull(sleeper);
        this.random = Objects.requireNonNull(random);
    }

    boolean exhausted(int failedAttempts) {
        return failedAttempts >= retry.maxAttempts();
    }

    void pause(int failedAttempt, SyncException failure) {
        Duration wait = retry.delayAfterFailure(failedAttempt, random);
        if (failure instanceof ServerUnavailableException busy && busy.retryAfter().isPresent()) {
            Duration asked = busy.retryAfter().get();
            if (asked.compareTo(LONGEST_HONOURED_WAIT) > 0) {
                throw failure;
            }
            wait = asked.compareTo(wait) > 0 ? asked : wait;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
