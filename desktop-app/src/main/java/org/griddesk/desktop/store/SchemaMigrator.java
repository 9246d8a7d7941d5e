package org.griddesk.desktop.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the device schema migrations when the store is unlocked. Before changing an existing schema it takes a
 * Derby online backup; if a migration fails, the backup is restored so the worker's data stays as it was.
 */
final class SchemaMigrator {

    static final String DEFAULT_LOCATION = "classpath:db/migration/device";
    static final int KEPT_BACKUPS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final DateTimeFormatter BACKUP_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final List<String> locations;
    private final Path backups;
    private final Clock clock;

    SchemaMigrator(List<String> locations, Path backups, Clock clock) {
        this.locations = List.copyOf(locations);
        this.backups = backups;
        this.clock = clock;
    }

    /** Returns the schema version after migrating. */
    String migrate(EncryptedDatabase database, BootKey key) throws StoreException {
        Optional<String> current = upToDate(database);
        if (current.isPresent()) {
            return current.get();
        }
        Flyway flyway = Flyway.configure()
                .dataSource(database.url(), null, null)
                .locations(locations.toArray(String[]::new))
                .load();
        MigrationInfoService before = flyway.info();
        if (before.pending().length == 0) {
            return versionOf(before.current());
        }
        Path backup = before.current() == null ? null : backup(database);
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            String failing = failingVersion(flyway);
            if (backup != null) {
                restore(database, key, backup);
            }
            throw new StoreException(StoreFailure.MIGRATION_FAILED, "migration V" + failing + " failed"
                    + (backup == null ? "" : "; the store was restored from " + backup.getParent()), e);
        }
        pruneOldBackups();
        return versionOf(flyway.info().current());
    }

    /**
     * The schema version when the store has applied exactly the migrations this build carries, all successfully;
     * empty whenever Flyway has to look (other locations, a migration pending or failed, a newer store, a new store).
     */
    private Optional<String> upToDate(EncryptedDatabase database) {
        if (!locations.equals(List.of(DEFAULT_LOCATION))) {
            return Optional.empty();
        }
        Optional<Set<String>> bundled = BundledMigrations.versions();
        if (bundled.isEmpty()) {
            return Optional.empty();
        }
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL");
             ResultSet rows = query.executeQuery()) {
            Set<String> applied = new HashSet<>();
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return Optional.empty();
                }
                applied.add(rows.getString(1));
            }
            return applied.equals(bundled.get()) ? applied.stream().max(Comparator.comparing(MigrationVersion::fromVersion)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty(); // no history table yet, or one Flyway should judge
        }
    }

    /**
     * Keeps the newest few backups as a safety net. Older ones are encrypted with whatever key the store had
     * then, so after passphrase changes they would be of little use anyway.
     */
    private void pruneOldBackups() {
        if (!Files.isDirectory(backups)) {
            return;
        }
        try (Stream<Path> entries = Files.list(backups)) {
            List<Path> newestFirst = entries.sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
            for (Path old : newestFirst.subList(Math.min(KEPT_BACKUPS, newestFirst.size()), newestFirst.size())) {
                FileTrees.delete(old);
            }
        } catch (IOException e) {
            LOG.warn("Old store backups could not be removed: {}", e.getMessage());
        }
    }

    private Path backup(EncryptedDatabase database) throws StoreException {
        Path target = backups.resolve(BACKUP_NAME.format(clock.instant()));
        try {
            Path copy = database.backupInto(target);
            LOG.info("Backed up the device store to {} before migrating", target);
            return copy;
        } catch (SQLException e) {
            throw new StoreException(StoreFailure.STORAGE, "backup before migration failed", e);
        }
    }

    private static void restore(EncryptedDatabase database, BootKey key, Path backup) throws StoreException {
        database.shutdown();
        try {
            database.restoreFrom(backup, key);
        } catch (SQLException e) {
            throw new StoreException(StoreFailure.STORAGE,
                    "migration failed and restoring the backup " + backup + " failed too", e);
        }
    }

    private static String failingVersion(Flyway flyway) {
        try {
            MigrationInfoService info = flyway.info();
            return Arrays.stream(info.all())
                    .filter(m -> m.getState() == MigrationState.FAILED)
                    .findFirst()
                    .or(() -> Arrays.stream(info.pending()).findFirst())
                    .map(SchemaMigrator::versionOf)
                    .orElse("?");
        } catch (FlywayException e) {
            return "?";
        }
    }

    private static String versionOf(MigrationInfo migration) {
        return migration == null || migration.getVersion() == null ? "0" : migration.getVersion().getVersion();
    }
}
