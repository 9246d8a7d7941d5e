package org.griddesk.desktop.service.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AutoSyncTest {

    private final AtomicBoolean online = new AtomicBoolean();
    private final AtomicBoolean enabled = new AtomicBoolean(true);
    private final AtomicInteger runs = new AtomicInteger();
    private final AutoSync auto = new AutoSync(online::get, enabled::get, cancelled -> runs.incrementAndGet(),
            Duration.ofHours(1));

    @Test
    void syncsOnceEachTimeThePlatformComesOnline() {
        auto.check();
        online.set(true);
        auto.check();
        auto.check();
        assertEquals(1, runs.get());
        online.set(false);
        auto.check();
        online.set(true);
        auto.check();
        assertEquals(2, runs.get());
    }

    @Test
    void staysQuietWhenSwitchedOff() {
        enabled.set(false);
        online.set(true);
        auto.check();
        assertEquals(0, runs.get());
    }

    @Test
    void aFailedRunDoesNotStopLaterOnes() {
        AtomicInteger attempts = new AtomicInteger();
        AutoSync failing = new AutoSync(online::get, enabled::get, cancelled -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("platform error");
        }, Duration.ofHours(1));
        online.set(true);
        failing.check();
        online.set(false);
        failing.check();
        online.set(true);
        failing.check();
        assertEquals(2, attempts.get());
    }

    @Test
    void closeAsksARunningSyncToStopAndWaitsForIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        online.set(true);
        AutoSync slow = new AutoSync(online::get, enabled::get, cancelled -> {
            started.countDown();
            while (!cancelled.getAsBoolean()) {
                Thread.onSpinWait();
            }
            sawCancel.set(true);
            finished.set(true);
        }, Duration.ofMillis(1));
        slow.start();
        assertTrue(started.await(30, TimeUnit.SECONDS), "the automatic sync never ran");
        slow.close();
        assertTrue(sawCancel.get(), "the running sync was not told the session is closing");
        assertTrue(finished.get(), "close() returned while the sync was still running");
    }
}
