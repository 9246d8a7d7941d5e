package org.griddesk.desktop.store;

import java.time.Clock;
import java.util.List;

/**
 * Tunables of the device store. Production uses {@link #defaults()}; tests lower the key-derivation cost and
 * add migration locations.
 *
 * @param iterations PBKDF2 iterations for newly derived keys (existing key files keep their own count)
 * @param migrationLocations Flyway locations of the device schema
 */
public record StoreOptions(int iterations, List<String> migrationLocations, Clock clock) {

    public static final int PRODUCTION_ITERATIONS = 310_000;

    public StoreOptions {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        migrationLocations = List.copyOf(migrationLocations);
    }

    public static StoreOptions defaults() {
        return new StoreOptions(PRODUCTION_ITERATIONS, List.of(SchemaMigrator.DEFAULT_LOCATION), Clock.systemUTC());
    }

    public StoreOptions withIterations(int count) {
        return new StoreOptions(count, migrationLocations, clock);
    }

    public StoreOptions withMigrationLocations(List<String> locations) {
        return new StoreOptions(iterations, locations, clock);
    }

    public StoreOptions withClock(Clock newClock) {
        return new StoreOptions(iterations, migrationLocations, newClock);
    }

    public static String defaultMigrationLocation() {
        return SchemaMigrator.DEFAULT_LOCATION;
    }
}
