package org.griddesk.sync.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HybridLogicalClockTest {

    private static final long NOW = 1_760_000_000_000L;

    @Test
    void followsTheWallClockWhileItMovesForward() {
        AtomicLong wall = new AtomicLong(NOW);
        HybridLogicalClock clock = new HybridLogicalClock("a", wall::get);
        assertEquals(new Hlc(NOW, 0, "a"), clock.now());
        wall.addAndGet(5);
        assertEquals(new Hlc(NOW + 5, 0, "a"), clock.now());
    }

    @Test
    void countsUpWhenTheWallClockStandsStillOrGoesBack() {
        AtomicLong wall = new AtomicLong(NOW);
        HybridLogicalClock clock = new HybridLogicalClock("a", wall::get);
        Hlc first = clock.now();
        Hlc second = clock.now();
        wall.addAndGet(-60_000); // the laptop's clock was corrected backwards
        Hlc third = clock.now();
        assertEquals(new Hlc(NOW, 1, "a"), second);
        assertEquals(new Hlc(NOW, 2, "a"), third);
        assertTrue(second.isAfter(first) && third.isAfter(second));
    }

    @Test
    void counterOverflowMovesToTheNextMillisecond() {
        HybridLogicalClock clock = new HybridLogicalClock("a", () -> NOW, new Hlc(NOW, Hlc.MAX_COUNTER, "a"));
        assertEquals(new Hlc(NOW + 1, 0, "a"), clock.now());
    }

    @Test
    void receivingALaterTimeCatchesUpSoLaterEditsSortAfterIt() {
        long daysBehind = NOW - Duration.ofDays(3).toMillis();
        HybridLogicalClock slowLaptop = new HybridLogicalClock("slow", () -> daysBehind);
        Hlc remote = new Hlc(NOW, 4, "other");
        Hlc received = slowLaptop.receive(remote);
        assertEquals(new Hlc(NOW, 5, "slow"), received);
        assertTrue(slowLaptop.now().isAfter(remote));
    }

    @Test
    void receivingAnOlderTimeKeepsTheLocalOne() {
        HybridLogicalClock clock = new HybridLogicalClock("a", () -> NOW);
        clock.now();
        assertEquals(new Hlc(NOW, 1, "a"), clock.receive(new Hlc(NOW - 10, 99, "b")));
    }

    @Test
    void receivingTheSameMillisecondTakesTheLargerCounter() {
        HybridLogicalClock clock = new HybridLogicalClock("a", () -> NOW - 1, new Hlc(NOW, 2, "a"));
        assertEquals(new Hlc(NOW, 8, "a"), clock.receive(new Hlc(NOW, 7, "b")));
    }

    @Test
    void aWallClockAheadOfEverythingResetsTheCounter() {
        HybridLogicalClock clock = new HybridLogicalClock("a", () -> NOW + 100, new Hlc(NOW, 2, "a"));
        assertEquals(new Hlc(NOW + 100, 0, "a"), clock.receive(new Hlc(NOW + 50, 7, "b")));
    }

    @Test
    void resumesAfterTheLastIssuedTimeEvenIfTheWallClockIsEarlier() {
        HybridLogicalClock restarted = new HybridLogicalClock("a", () -> NOW - 1000, new Hlc(NOW, 3, "a"));
        assertEquals(new Hlc(NOW, 4, "a"), restarted.now());
    }
}
