package org.griddesk.desktop.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class PlatformProbeCloseTest {

    /** The probe reads the platform address from the store: close() must not return while it still does. */
    @Test
    void closeReturnsOnlyAfterARunningProbeHasFinished() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        PlatformProbe probe = new PlatformProbe(() -> {
            reading.countDown();
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            finished.set(true);
            return Optional.empty();
        }, Duration.ofHours(1));
        probe.start();
        assertTrue(reading.await(30, TimeUnit.SECONDS), "the probe never ran");

        probe.close();

        assertTrue(finished.get(), "close() returned while the probe was still reading the store");
    }
}
