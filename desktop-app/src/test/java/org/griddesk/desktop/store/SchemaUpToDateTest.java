package org.griddesk.desktop.store;

import static org.griddesk.desktop.store.StoreFixtures.PASSPHRASE;
import static org.griddesk.desktop.store.StoreFixtures.fastOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unlock reads the migration history itself and leaves Flyway out only when every bundled migration was applied:
 * a store missing one still goes through Flyway and ends on the bundled schema.
 */
class SchemaUpToDateTest {

    @TempDir
    Path dataDir;

    @Test
    void theBuildListsTheMigrationsFlywayApplies() throws Exception {
        try (OpenStore open = new StoreFolder(dataDir, fastOptions()).create(PASSPHRASE);
             Connection connection = open.connect();
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\"")) {
            Set<String> applied = new java.util.TreeSet<>();
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
            assertEquals(Optional.of(applied), BundledMigrations.versions());
        }
    }

    @Test
    void anUpToDateStoreOpensOnTheNewestVersion() throws Exception {
        new StoreFolder(dataDir, fastOptions()).create(PASSPHRASE).close();

        try (OpenStore open = new StoreFolder(dataDir, fastOptions()).open(PASSPHRASE)) {
            assertEquals("8", open.schemaVersion());
            assertTrue(tableExists(open, "APPLICATION_DRAFTS"));
        }
    }

    @Test
    void aStoreMissingABundledMigrationGetsItAtTheNextUnlock() throws Exception {
        try (OpenStore open = new StoreFolder(dataDir, fastOptions()).create(PASSPHRASE);
             Connection connection = open.connect();
             Statement undo = connection.createStatement()) {
            undo.execute("DROP TABLE application_seen");
            undo.execute("DROP TABLE application_drafts");
            undo.execute("DROP INDEX outbox_unacked");
            undo.execute("CREATE INDEX outbox_unacked ON outbox (acked_at)");
            undo.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('7', '8')");
        }

        try (OpenStore open = new StoreFolder(dataDir, fastOptions()).open(PASSPHRASE)) {
            assertEquals("8", open.schemaVersion());
            assertTrue(tableExists(open, "APPLICATION_DRAFTS"));
            assertTrue(tableExists(open, "APPLICATION_SEEN"));
        }
    }

    @Test
    void versionsAreReadFromAJarAsFromAFolder() throws Exception {
        Path jar = dataDir.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String name : new String[] {"db/migration/device/", "db/migration/device/V1__first.sql",
                    "db/migration/device/V2_1__second.sql", "db/migration/device/README.md",
                    "db/migration/device/old/V9__elsewhere.sql", "db/migration/other/V5__other.sql"}) {
                out.putNextEntry(new JarEntry(name));
                out.closeEntry();
            }
        }

        assertEquals(Set.of("1", "2.1"), BundledMigrations.inJar(jar));
        assertFalse(BundledMigrations.version("U1__undo.sql").isPresent());
    }

    private static boolean tableExists(OpenStore open, String name) throws Exception {
        try (Connection connection = open.connect();
             ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
            return tables.next();
        }
    }
}
