package org.griddesk.desktop.store.blobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.store.StoreOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A download in progress is kept encrypted, survives a new start, and becomes a blob only when whole and right. */
class PartialBlobTest {

    private static final byte[] MARKER = "PARTIAL-PLAINTEXT-MARKER-照片".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDir;
    private EncryptedDeviceSession session;

    @BeforeEach
    void openStore() throws Exception {
        session = new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1))
                .create("partial-口令-2026".toCharArray());
    }

    @AfterEach
    void closeStore() {
        session.close();
    }

    @Test
    void aDownloadResumesFromWhatWasKeptAndIsCheckedWhenWhole() throws Exception {
        byte[] blob = blob();
        String sha = EncryptedBlobStore.sha256(blob);
        PartialBlob first = store().partial(sha);
        first.append(blob, 0, 5_000);
        first.append(blob, 5_000, 3_000);
        Path file = dataDir.resolve("blobs").resolve("partial").resolve(sha);
        Files.write(file, new byte[] {0, 0, 1, 0, 9, 9}, StandardOpenOption.APPEND); // a segment cut by a crash

        PartialBlob resumed = store().partial(sha); // as after the laptop was closed and opened again
        assertEquals(8_000, resumed.held());
        assertFalse(contains(Files.readAllBytes(file), MARKER), "the partial file holds no plaintext");
        resumed.append(blob, 8_000, blob.length - 8_000);

        assertArrayEquals(blob, resumed.finish());
        assertTrue(store().contains(sha));
        assertArrayEquals(blob, store().get(sha));
        assertFalse(Files.exists(file));
    }

    @Test
    void bytesThatDoNotMatchTheNameAreDroppedWhole() {
        byte[] blob = blob();
        String sha = EncryptedBlobStore.sha256(blob);
        PartialBlob partial = store().partial(sha);
        byte[] wrong = blob.clone();
        wrong[100] ^= 1;
        partial.append(wrong, 0, wrong.length);

        assertThrows(BlobTamperedException.class, partial::finish);
        assertFalse(store().contains(sha));
        assertEquals(0, store().partial(sha).held(), "the next try starts from the first byte");
    }

    private EncryptedBlobStore store() {
        return new EncryptedBlobStore(dataDir.resolve("blobs"), session.store().settings());
    }

    private static byte[] blob() {
        byte[] bytes = new byte[20_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = MARKER[i % MARKER.length];
        }
        return bytes;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
