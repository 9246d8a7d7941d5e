package org.griddesk.sync.client;

import java.util.Objects;
import java.util.random.RandomGenerator;

/** Waits between attempts as the retry policy says; an interrupted wait gives up with the failure that caused it. */
final class Backoff {

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
        try {
            sleeper.sleep(retry.delayAfterFailure(failedAttempt, random));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
