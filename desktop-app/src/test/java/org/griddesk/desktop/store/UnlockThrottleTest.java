package org.griddesk.desktop.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockThrottleTest {

    @TempDir
    Path dataDir;

    private Instant now = Instant.parse("2026-11-21T08:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void twoFailuresAreFreeThenTheDelayDoublesUpToFiveMinutes() {
        UnlockThrottle throttle = new UnlockThrottle(dataDir, clock);
        assertEquals(Duration.ZERO, throttle.recordFailure());
        assertEquals(Duration.ZERO, throttle.recordFailure());
        assertEquals(Duration.ZERO, throttle.remaining());
        assertEquals(Duration.ofSeconds(2), throttle.recordFailure());
        assertEquals(Duration.ofSeconds(4), throttle.recordFailure());
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure();
        }
        assertEquals(Duration.ofMinutes(5), throttle.remaining());
    }

    @Test
    void delayRunsDownWithTimeAndSurvivesARestart() {
        UnlockThrottle throttle = new UnlockThrottle(dataDir, clock);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure();
        }
        now = now.plusSeconds(3);

        assertEquals(Duration.ofSeconds(1), new UnlockThrottle(dataDir, clock).remaining());
        now = now.plusSeconds(1);
        assertEquals(Duration.ZERO, new UnlockThrottle(dataDir, clock).remaining());
    }

    @Test
    void resetClearsTheCounter() {
        UnlockThrottle throttle = new UnlockThrottle(dataDir, clock);
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure();
        }
        throttle.reset();

        assertEquals(Duration.ZERO, throttle.remaining());
        assertEquals(Duration.ZERO, throttle.recordFailure());
    }
}
