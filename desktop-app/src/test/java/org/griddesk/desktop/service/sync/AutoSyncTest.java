package org.griddesk.desktop.service.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AutoSyncTest {

    private final AtomicBoolean online = new AtomicBoolean();
    private final AtomicBoolean enabled = new AtomicBoolean(true);
    private final AtomicInteger runs = new AtomicInteger();
    private final AutoSync auto = new AutoSync(online::get, enabled::get, runs::incrementAndGet, Duration.ofHours(1));

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
        AutoSync failing = new AutoSync(online::get, enabled::get, () -> {
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
}
