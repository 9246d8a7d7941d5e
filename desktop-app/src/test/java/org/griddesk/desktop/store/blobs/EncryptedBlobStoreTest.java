package org.griddesk.desktop.store.blobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.store.SettingsTable;
import org.griddesk.desktop.store.StoreOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments on a real encrypted store: the key lives in its settings table, the files hold only ciphertext. */
class EncryptedBlobStoreTest {

    private static final char[] PASSPHRASE = "blob-口令-Harvest-2026".toCharArray();
    // A recognisable run of bytes: if it appears in any file, the plaintext leaked.
    private static final byte[] MARKER = "GRIDDESK-PLAINTEXT-MARKER-身份证-110101199003074514".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDir;
    private EncryptedVault vault;
    private EncryptedDeviceSession session;
    private EncryptedBlobStore blobs;

    @BeforeEach
    void openStore() throws Exception {
        vault = new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1));
        session = vault.create(PASSPHRASE);
        blobs = new EncryptedBlobStore(dataDir.resolve("blobs"), settings());
    }

    private SettingsTable settings() {
        return session.store().settings();
    }

    @AfterEach
    void closeStore() {
        session.close();
    }

    private static byte[] photo() {
        byte[] bytes = new byte[4096 + MARKER.length * 3];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        for (int copy = 0; copy < 3; copy++) {
            System.arraycopy(MARKER, 0, bytes, 100 + copy * 1000, MARKER.length);
        }
        return bytes;
    }

    @Test
    void bytesComeBackUnderTheirSha256() {
        byte[] photo = photo();

        String name = blobs.put(photo);

        assertEquals(EncryptedBlobStore.sha256(photo), name);
        assertTrue(blobs.contains(name));
        assertArrayEquals(photo, blobs.get(name));
        assertTrue(Files.exists(dataDir.resolve("blobs").resolve(name)));
    }

    @Test
    void puttingTheSameBytesAgainChangesNothing() throws IOException {
        byte[] photo = photo();
        String name = blobs.put(photo);
        byte[] firstFile = Files.readAllBytes(blobs.pathOf(name));

        assertEquals(name, blobs.put(photo.clone()));

        assertArrayEquals(firstFile, Files.readAllBytes(blobs.pathOf(name)), "the stored file was not rewritten");
        try (Stream<Path> files = Files.list(dataDir.resolve("blobs"))) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theKeyIsMadeOnceAndSurvivesAnUnlock() throws Exception {
        byte[] photo = photo();
        String name = blobs.put(photo);
        String key = settings().get(BlobKey.SETTING).orElseThrow();
        session.close();

        session = vault.unlock(PASSPHRASE);
        EncryptedBlobStore reopened = new EncryptedBlobStore(dataDir.resolve("blobs"), settings());

        assertArrayEquals(photo, reopened.get(name));
        assertEquals(key, settings().get(BlobKey.SETTING).orElseThrow());
    }

    @Test
    void aChangedFileIsDetected() throws IOException {
        String name = blobs.put(photo());
        Path file = blobs.pathOf(name);
        byte[] stored = Files.readAllBytes(file);
        stored[stored.length / 2] ^= 0x01;
        Files.write(file, stored);

        assertThrows(BlobTamperedException.class, () -> blobs.get(name));
    }

    @Test
    void aFileCopiedOntoAnotherBlobsNameIsDetected() throws IOException {
        String first = blobs.put(photo());
        String second = blobs.put("另一张照片".getBytes(StandardCharsets.UTF_8));
        Files.copy(blobs.pathOf(first), blobs.pathOf(second), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThrows(BlobTamperedException.class, () -> blobs.get(second));
    }

    @Test
    void thePlaintextNeverAppearsOnDiskNorDoesTheKey() throws Exception {
        byte[] photo = photo();
        String name = blobs.put(photo);
        String second = blobs.put(photo());
        assertEquals(name, second);
        String keyText = settings().get(BlobKey.SETTING).orElseThrow();
        byte[] key = java.util.Base64.getDecoder().decode(keyText);
        session.close();
        session = vault.unlock(PASSPHRASE);

        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                assertFalse(contains(content, MARKER), "plaintext marker found in " + dataDir.relativize(file));
                assertFalse(contains(content, key), "blob key found in the clear in " + dataDir.relativize(file));
                assertFalse(contains(content, keyText.getBytes(StandardCharsets.US_ASCII)),
                        "blob key text found in the clear in " + dataDir.relativize(file));
            }
        }
        byte[] stored = Files.readAllBytes(blobs.pathOf(name));
        assertEquals(photo.length + 12 + 16, stored.length, "nonce + ciphertext + tag");
        assertNotEquals(EncryptedBlobStore.sha256(photo), EncryptedBlobStore.sha256(stored));
    }

    @Test
    void twoStoresOfTheSameBytesUseDifferentNonces() throws IOException {
        byte[] photo = photo();
        String name = blobs.put(photo);
        byte[] first = Files.readAllBytes(blobs.pathOf(name));
        Files.delete(blobs.pathOf(name));

        blobs.put(photo);

        byte[] again = Files.readAllBytes(blobs.pathOf(name));
        assertFalse(java.util.Arrays.equals(java.util.Arrays.copyOf(first, 12), java.util.Arrays.copyOf(again, 12)));
        assertArrayEquals(photo, blobs.get(name));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
