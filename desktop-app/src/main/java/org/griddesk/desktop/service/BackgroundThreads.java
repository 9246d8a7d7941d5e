package org.griddesk.desktop.service;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a session's background executor and waits for it. A thread still running after the session closed
 * would touch the store's folder while the caller deletes or reopens it.
 */
public final class BackgroundThreads {

    /** Longer than a probe's or a sync request's timeout, so a thread that was working has long finished. */
    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundThreads.class);

    private BackgroundThreads() {
    }

    public static void stop(ExecutorService executor, String what) {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("The {} did not stop within {} s", what, PATIENCE.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
