package org.griddesk.desktop.store;

import static org.griddesk.desktop.store.StoreFixtures.PASSPHRASE;
import static org.griddesk.desktop.store.StoreFixtures.fastOptions;
import static org.griddesk.desktop.store.StoreFixtures.fingerprints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFolderTest {

    @TempDir
    Path dataDir;

    @Test
    void createdStoreReopensWithTheSamePassphraseAndKeepsItsData() throws Exception {
        StoreFolder store = new StoreFolder(dataDir, fastOptions());
        assertFalse(store.exists());
        try (OpenStore open = store.create(PASSPHRASE)) {
            assertEquals("8", open.schemaVersion());
            open.settings().put("greeting", "你好");
        }
        assertTrue(store.exists());
        assertTrue(Files.exists(dataDir.resolve("db.key")));
        try (OpenStore open = store.open(PASSPHRASE)) {
            assertEquals(Optional.of("你好"), open.settings().get("greeting"));
        }
    }

    @Test
    void wrongPassphraseIsRefusedAndTouchesNoFileOfTheStore() throws Exception {
        StoreFolder store = new StoreFolder(dataDir, fastOptions());
        store.create(PASSPHRASE).close();
        Map<String, String> before = fingerprints(dataDir);

        StoreException refused = assertThrows(StoreException.class, () -> store.open("wrong-passphrase".toCharArray()));

        assertEquals(StoreFailure.WRONG_KEY, refused.failure());
        assertEquals(before, fingerprints(dataDir));
        store.open(PASSPHRASE).close();
    }

    @Test
    void secondOpenInTheSameProcessIsRefusedWhileTheFirstIsOpen() throws Exception {
        StoreFolder store = new StoreFolder(dataDir, fastOptions());
        try (OpenStore first = store.create(PASSPHRASE)) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> new StoreFolder(dataDir, fastOptions()).open(PASSPHRASE));
            assertEquals(StoreFailure.IN_USE, refused.failure());
            first.settings().put("still", "usable");
        }
        store.open(PASSPHRASE).close();
    }

    @Test
    void changedPassphraseOpensTheStoreAndTheOldOneNoLongerDoes() throws Exception {
        StoreFolder store = new StoreFolder(dataDir, fastOptions());
        char[] next = "new-passphrase-2026".toCharArray();
        String keyFileBefore;
        try (OpenStore open = store.create(PASSPHRASE)) {
            keyFileBefore = Files.readString(dataDir.resolve("db.key"));
            open.settings().put("kept", "yes");
            open.changePassphrase(PASSPHRASE, next);
        }
        assertFalse(Files.exists(dataDir.resolve("db.key.pending")));
        assertEquals(StoreFailure.WRONG_KEY,
                assertThrows(StoreException.class, () -> store.open(PASSPHRASE)).failure());
        try (OpenStore open = store.open(next)) {
            assertEquals(Optional.of("yes"), open.settings().get("kept"));
        }
        assertNotEquals(saltOf(keyFileBefore), saltOf(Files.readString(dataDir.resolve("db.key"))));
    }

    private static String saltOf(String keyFile) {
        return keyFile.lines().filter(line -> line.startsWith("salt=")).findFirst().orElseThrow();
    }

    @Test
    void changeWithAWrongCurrentPassphraseIsRefusedAndChangesNothing() throws Exception {
        StoreFolder store = new StoreFolder(dataDir, fastOptions());
        String keyFileBefore;
        try (OpenStore open = store.create(PASSPHRASE)) {
            keyFileBefore = Files.readString(dataDir.resolve("db.key"));
            StoreException refused = assertThrows(StoreException.class,
                    () -> open.changePassphrase("not-the-passphrase".toCharArray(), "whatever-else-1".toCharArray()));
            assertEquals(StoreFailure.WRONG_KEY, refused.failure());
        }
        assertEquals(keyFileBefore, Files.readString(dataDir.resolve("db.key")));
        assertFalse(Files.exists(dataDir.resolve("db.key.pending")));
        store.open(PASSPHRASE).close();
    }

    @Test
    void rekeyInterruptedAfterDerbyAcceptedStillUnlocksWithTheNewPassphrase() throws Exception {
        StoreFolder store = new StoreFolder(dataDir, fastOptions());
        char[] next = "after-the-crash-42".toCharArray();
        try (OpenStore open = store.create(PASSPHRASE)) {
            KeyFile staged = open.stage();
            open.applyRekey(PASSPHRASE, next, staged);
            // the process dies here: the pending key file was never renamed
        }
        assertTrue(Files.exists(dataDir.resolve("db.key.pending")));

        assertEquals(StoreFailure.WRONG_KEY,
                assertThrows(StoreException.class, () -> store.open(PASSPHRASE)).failure());
        store.open(next).close();
        assertFalse(Files.exists(dataDir.resolve("db.key.pending")));
        store.open(next).close();
    }

    @Test
    void rekeyInterruptedBeforeDerbyChangedStillUnlocksWithTheOldPassphrase() throws Exception {
        StoreFolder store = new StoreFolder(dataDir, fastOptions());
        try (OpenStore open = store.create(PASSPHRASE)) {
            open.stage();
            // the process dies here: Derby was never asked to re-key
        }
        assertTrue(Files.exists(dataDir.resolve("db.key.pending")));

        store.open(PASSPHRASE).close();
        assertFalse(Files.exists(dataDir.resolve("db.key.pending")));
    }

    @Test
    void openWithoutKeyFileIsAStorageProblemNotAWrongPassphrase() throws Exception {
        StoreFolder store = new StoreFolder(dataDir, fastOptions());
        store.create(PASSPHRASE).close();
        Files.delete(dataDir.resolve("db.key"));

        assertEquals(StoreFailure.STORAGE,
                assertThrows(StoreException.class, () -> store.open(PASSPHRASE)).failure());
    }
}
