package org.griddesk.sync.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClockSkewClampTest {

    private static final long NOW = 1_760_000_000_000L;
    private final AtomicLong platformWall = new AtomicLong(NOW);
    private final ClockSkewClamp clamp = new ClockSkewClamp(
            new HybridLogicalClock("platform", platformWall::get), platformWall::get, Duration.ofMinutes(5));

    @Test
    void timesWithinTheSkewPassUnchanged() {
        Hlc slightlyAhead = new Hlc(NOW + Duration.ofMinutes(4).toMillis(), 3, "laptop");
        assertSame(slightlyAhead, clamp.admit(slightlyAhead));
        Hlc behind = new Hlc(NOW - Duration.ofDays(10).toMillis(), 0, "laptop");
        assertSame(behind, clamp.admit(behind));
    }

    @Test
    void aLaptopDaysAheadIsClampedToThePlatformClockAndKeepsItsDeviceId() {
        Hlc daysAhead = new Hlc(NOW + Duration.ofDays(3).toMillis(), 0, "laptop");
        assertTrue(clamp.isTooFarAhead(daysAhead));
        Hlc admitted = clamp.admit(daysAhead);
        assertEquals("laptop", admitted.deviceId());
        assertEquals(NOW, admitted.millis());
    }

    @Test
    void clampedTimesStillOrderAfterEverythingThePlatformAdmittedBefore() {
        Hlc honest = clamp.admit(new Hlc(NOW + 1000, 5, "honest"));
        Hlc first = clamp.admit(new Hlc(NOW + Duration.ofDays(2).toMillis(), 0, "fast"));
        Hlc second = clamp.admit(new Hlc(NOW + Duration.ofDays(2).toMillis(), 1, "fast"));
        assertTrue(first.isAfter(honest));
        assertTrue(second.isAfter(first));
    }

    @Test
    void theSkewBoundaryItselfIsAllowed() {
        Hlc atLimit = new Hlc(NOW + Duration.ofMinutes(5).toMillis(), 0, "laptop");
        assertFalse(clamp.isTooFarAhead(atLimit));
        assertSame(atLimit, clamp.admit(atLimit));
    }
}
