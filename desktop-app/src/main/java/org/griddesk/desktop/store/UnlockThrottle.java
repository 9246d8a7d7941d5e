package org.griddesk.desktop.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * Slows down guessing: from the third wrong passphrase on, each attempt must wait twice as long as the last
 * (2 s, 4 s, 8 s … capped at 5 minutes). Kept in a file beside the store, so restarting the app does not
 * reset it; the file holds only a counter and a time.
 */
public final class UnlockThrottle {

    private static final int FREE_ATTEMPTS = 2;
    private static final Duration MAX_DELAY = Duration.ofMinutes(5);

    private final Path file;
    private final Clock clock;

    public UnlockThrottle(Path dataDir, Clock clock) {
        this.file = dataDir.resolve("unlock-failures.properties");
        this.clock = clock;
    }

    public Duration remaining() {
        State state = read();
        Duration delay = delayAfter(state.failures());
        Instant allowedAt = state.lastFailure().plus(delay);
        Duration left = Duration.between(clock.instant(), allowedAt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Returns how long the next attempt must wait. */
    public Duration recordFailure() {
        int failures = read().failures() + 1;
        write(new State(failures, clock.instant()));
        return delayAfter(failures);
    }

    public void reset() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Duration delayAfter(int failures) {
        if (failures <= FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failures - FREE_ATTEMPTS, 20);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private State read() {
        if (!Files.exists(file)) {
            return new State(0, Instant.EPOCH);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return new State(Integer.parseInt(properties.getProperty("failures", "0")),
                    Instant.ofEpochMilli(Long.parseLong(properties.getProperty("lastFailure", "0"))));
        } catch (IOException | IllegalArgumentException e) {
            // A damaged counter must not lock the worker out; treat it as the maximum instead of zero.
            return new State(FREE_ATTEMPTS + 20, clock.instant().minus(MAX_DELAY));
        }
    }

    private void write(State state) {
        Properties properties = new Properties();
        properties.setProperty("failures", Integer.toString(state.failures()));
        properties.setProperty("lastFailure", Long.toString(state.lastFailure().toEpochMilli()));
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "failed unlock attempts (no secret)");
            AtomicFiles.write(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record State(int failures, Instant lastFailure) {
    }
}
