package org.griddesk.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.griddesk.model.record.UuidV7Generator;

/** The ids of the records a first pull brings, in the platform's (seq) order. */
enum PullRecordIds {

    /**
     * As GridDesk makes them (UUIDv7, DESIGN.md): 20 devices register their share over 90 days and each syncs
     * once a week, so the platform holds runs of rising ids from every device, interleaved week by week.
     */
    DEVICE_MADE("UUIDv7 ids as devices make them") {
        @Override
        List<String> ids(int count) {
            int devices = 20;
            Instant start = Instant.parse("2026-08-01T08:00:00Z");
            Duration step = Duration.ofDays(90).dividedBy(count);
            List<Made> made = new ArrayList<>(count);
            Random random = new Random(20_261_122L);
            for (int i = 0; i < count; i++) {
                int device = i % devices;
                Instant at = start.plus(step.multipliedBy(i));
                String id = new UuidV7Generator(Clock.fixed(at, ZoneOffset.UTC), random).nextId();
                long week = Duration.between(start, at).toDays() / 7;
                made.add(new Made(week, device, id));
            }
            made.sort(Comparator.comparingLong(Made::week).thenComparingInt(Made::device).thenComparing(Made::id));
            return made.stream().map(Made::id).toList();
        }
    },

    /** The worst case for the store's primary-key index: every id anywhere in the key space. */
    RANDOM("random ids") {
        @Override
        List<String> ids(int count) {
            List<String> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ids.add(UUID.nameUUIDFromBytes(("bench-household-" + i).getBytes(StandardCharsets.UTF_8)).toString());
            }
            return ids;
        }
    };

    private record Made(long week, int device, String id) {
    }

    private final String label;

    PullRecordIds(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    abstract List<String> ids(int count);
}
