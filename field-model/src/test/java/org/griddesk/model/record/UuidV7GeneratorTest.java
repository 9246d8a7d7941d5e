package org.griddesk.model.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7GeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:30:00.123Z");

    @Test
    void carriesVersionVariantAndTimestamp() {
        UuidV7Generator generator = new UuidV7Generator(Clock.fixed(NOW, ZoneOffset.UTC), new Random(1));
        UUID id = generator.next();
        assertEquals(7, id.version());
        assertEquals(2, id.variant(), "RFC 9562 variant 10xx");
        assertEquals(NOW, UuidV7Generator.timestampOf(id));
        assertTrue(id.toString().startsWith("01a1fd3a-03bb-7"), id.toString());
    }

    @Test
    void idsFromAStoppedClockStillIncreaseAsText() {
        UuidV7Generator generator = new UuidV7Generator(Clock.fixed(NOW, ZoneOffset.UTC), new Random(2));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(generator.nextId());
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(ids, sorted);
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    @Test
    void aClockThatStepsBackDoesNotBreakTheOrder() {
        MutableClock clock = new MutableClock(NOW);
        UuidV7Generator generator = new UuidV7Generator(clock, new Random(3));
        String first = generator.nextId();
        clock.now = NOW.minusSeconds(5);
        String second = generator.nextId();
        assertTrue(second.compareTo(first) > 0);
    }

    @Test
    void twoGeneratorsOnTheSameMillisecondDoNotCollide() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        String a = new UuidV7Generator(clock, new Random(4)).nextId();
        String b = new UuidV7Generator(clock, new Random(5)).nextId();
        assertFalse(a.equals(b));
    }

    @Test
    void recognisesUuidText() {
        assertTrue(UuidV7Generator.isUuid(new UuidV7Generator().nextId()));
        assertFalse(UuidV7Generator.isUuid("not-a-uuid"));
        assertFalse(UuidV7Generator.isUuid("1-2-3-4-5"));
        assertFalse(UuidV7Generator.isUuid(null));
        assertThrows(IllegalArgumentException.class, () -> UuidV7Generator.timestampOf(UUID.randomUUID()));
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

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
    }
}
