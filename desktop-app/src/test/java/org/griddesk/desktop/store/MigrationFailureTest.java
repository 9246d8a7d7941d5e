package org.griddesk.desktop.store;

import static org.griddesk.desktop.store.StoreFixtures.PASSPHRASE;
import static org.griddesk.desktop.store.StoreFixtures.fastOptions;
import static org.griddesk.desktop.store.StoreFixtures.withBrokenV2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFailureTest {

    @TempDir
    Path dataDir;

    @Test
    void failingMigrationRestoresTheBackupAndNamesTheVersion() throws Exception {
        try (OpenStore open = new StoreFolder(dataDir, fastOptions()).create(PASSPHRASE)) {
            open.settings().put("household-count", "17");
        }

        StoreException failed = assertThrows(StoreException.class,
                () -> new StoreFolder(dataDir, withBrokenV2()).open(PASSPHRASE));

        assertEquals(StoreFailure.MIGRATION_FAILED, failed.failure());
        assertTrue(failed.getMessage().contains("V1000"), failed.getMessage());
        try (Stream<Path> backups = Files.list(dataDir.resolve("backups"))) {
            assertEquals(1, backups.count());
        }
        try (OpenStore open = new StoreFolder(dataDir, fastOptions()).open(PASSPHRASE)) {
            assertEquals("8", open.schemaVersion());
            assertEquals(Optional.of("17"), open.settings().get("household-count"));
            assertFalse(tableExists(open, "ADDED_BY_V2"));
        }
    }

    @Test
    void failingMigrationOnCreateLeavesNoHalfMadeStore() {
        StoreFolder store = new StoreFolder(dataDir, withBrokenV2());

        StoreException failed = assertThrows(StoreException.class, () -> store.create(PASSPHRASE));

        assertEquals(StoreFailure.MIGRATION_FAILED, failed.failure());
        assertFalse(store.exists());
        assertFalse(Files.exists(dataDir.resolve("db.key")));
    }

    @Test
    void successfulMigrationIsPrecededByABackupAndOnlyTheNewestBackupsAreKept() throws Exception {
        new StoreFolder(dataDir, fastOptions()).create(PASSPHRASE).close();
        for (String old : List.of("20240101T000000000Z", "20250101T000000000Z", "20260101T000000000Z")) {
            Files.createDirectories(dataDir.resolve("backups").resolve(old));
        }
        StoreOptions withV2 = fastOptions().withMigrationLocations(
                List.of(StoreOptions.defaultMigrationLocation(), "classpath:db/extra-migration"));

        try (OpenStore open = new StoreFolder(dataDir, withV2).open(PASSPHRASE)) {
            assertEquals("1000", open.schemaVersion());
            assertTrue(tableExists(open, "EXTRA_BY_V2"));
        }

        try (Stream<Path> backups = Files.list(dataDir.resolve("backups"))) {
            List<String> kept = backups.map(path -> path.getFileName().toString()).sorted().toList();
            assertEquals(3, kept.size());
            assertEquals(List.of("20250101T000000000Z", "20260101T000000000Z"), kept.subList(0, 2));
            assertTrue(Files.exists(dataDir.resolve("backups").resolve(kept.get(2)).resolve("db/service.properties")));
        }
    }

    private static boolean tableExists(OpenStore open, String name) throws Exception {
        try (Connection connection = open.connect();
             ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
            return tables.next();
        }
    }
}
