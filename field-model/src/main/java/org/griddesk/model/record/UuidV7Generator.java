package org.griddesk.model.record;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Makes record ids as UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits, so ids made
 * offline on different devices never collide and sort by creation time. Within one millisecond the
 * 12-bit {@code rand_a} field is a counter (RFC 9562 §6.2, method 1), so ids from one generator are
 * strictly increasing even when the clock stands still or steps back.
 */
public final class UuidV7Generator {

    private static final long MAX_COUNTER = 0xFFF;

    private final Clock clock;
    private final Random random;
    private long lastMillis = -1;
    private long counter;

    public UuidV7Generator(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    public UuidV7Generator() {
        this(Clock.systemUTC(), new SecureRandom());
    }

    public String nextId() {
        return next().toString();
    }

    public synchronized UUID next() {
        long millis = clock.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            // Start low in the counter range so many ids fit into the same millisecond.
            counter = random.nextInt(0x200);
        } else if (counter < MAX_COUNTER) {
            counter++;
        } else {
            // Counter exhausted (or clock went back): borrow the next millisecond to stay monotonic.
            lastMillis++;
            counter = random.nextInt(0x200);
        }
        long msb = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | counter;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The creation time carried in a UUIDv7. */
    public static Instant timestampOf(UUID uuid) {
        if (uuid.version() != 7) {
            throw new IllegalArgumentException("not a UUIDv7: " + uuid);
        }
        return Instant.ofEpochMilli(uuid.getMostSignificantBits() >>> 16);
    }

    /** True for a canonical lower- or upper-case UUID string of any version, as record ids are checked. */
    public static boolean isUuid(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
