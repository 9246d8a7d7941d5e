package org.griddesk.desktop.store;

import static org.griddesk.desktop.store.StoreFixtures.PASSPHRASE;
import static org.griddesk.desktop.store.StoreFixtures.fastOptions;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lost laptop gives away nothing: no byte of the store's files reveals what was saved in it. */
class EncryptionAtRestTest {

    private static final String MARKER = "GRIDDESK-MARKER-张三-110105194912310021";

    @TempDir
    Path dataDir;

    @Test
    void markerSavedInTheEncryptedStoreAppearsInNoFile() throws Exception {
        try (OpenStore open = new StoreFolder(dataDir, fastOptions()).create(PASSPHRASE)) {
            open.settings().put("marker", MARKER);
            try (Connection connection = open.connect()) {
                insertRecord(connection);
            }
        }

        assertFalse(anyFileContainsMarker(dataDir));
    }

    @Test
    void scannerFindsTheMarkerInAnUnencryptedDerbyDatabase() throws Exception {
        Path plain = dataDir.resolve("plain");
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + plain + ";create=true")) {
            connection.createStatement().execute("CREATE TABLE records (type VARCHAR(40), id VARCHAR(64), "
                    + "fields CLOB, rev BIGINT, deleted BOOLEAN, base CLOB, updated_at TIMESTAMP)");
            insertRecord(connection);
        }
        shutdown(plain);

        assertTrue(anyFileContainsMarker(plain));
    }

    private static void insertRecord(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO records (type, id, fields, rev, deleted, updated_at) "
                        + "VALUES ('resident', 'r-1', ?, 0, FALSE, ?)")) {
            insert.setString(1, "{\"name\":\"" + MARKER + "\"}");
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private static void shutdown(Path db) {
        try {
            DriverManager.getConnection("jdbc:derby:" + db + ";shutdown=true");
        } catch (SQLException expected) {
            // 08006 is Derby's way of saying the database was shut down
        }
    }

    private static boolean anyFileContainsMarker(Path root) throws IOException {
        List<byte[]> needles = List.of(MARKER.getBytes(StandardCharsets.UTF_8),
                MARKER.getBytes(StandardCharsets.UTF_16BE), MARKER.getBytes(StandardCharsets.UTF_16LE));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                if (needles.stream().anyMatch(needle -> indexOf(content, needle) >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int start = 0; start <= haystack.length - needle.length; start++) {
            for (int i = 0; i < needle.length; i++) {
                if (haystack[start + i] != needle[i]) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }
}
