package org.griddesk.desktop.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.griddesk.desktop.store.StoreOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedVaultTest {

    private static final char[] PASSPHRASE = "村里的-网格-2026".toCharArray();

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock();

    private EncryptedVault vault(StoreOptions options) {
        return new EncryptedVault(dataDir, options, Duration.ofHours(1));
    }

    private StoreOptions fast() {
        return StoreOptions.defaults().withIterations(1_000).withClock(clock);
    }

    @Test
    void firstStartCreatesThenLaterStartsUnlock() throws Exception {
        EncryptedVault vault = vault(fast());
        assertFalse(vault.isInitialised());
        assertEquals(VaultException.Reason.NOT_INITIALISED,
                assertThrows(VaultException.class, () -> vault.unlock(PASSPHRASE)).reason());

        try (EncryptedDeviceSession session = vault.create(PASSPHRASE)) {
            assertEquals("8", session.schemaVersion());
            session.settings().setPlatformUrl("http://127.0.0.1:1");
        }
        assertTrue(vault.isInitialised());
        assertEquals(VaultException.Reason.ALREADY_INITIALISED,
                assertThrows(VaultException.class, () -> vault.create(PASSPHRASE)).reason());
        try (DeviceSession session = vault.unlock(PASSPHRASE)) {
            assertEquals(Optional.of("http://127.0.0.1:1"), session.settings().platformUrl());
        }
    }

    @Test
    void weakPassphraseIsRefusedBeforeAnythingIsWritten() throws Exception {
        VaultException refused = assertThrows(VaultException.class, () -> vault(fast()).create("short1".toCharArray()));

        assertEquals(VaultException.Reason.PASSPHRASE_TOO_WEAK, refused.reason());
        try (var files = Files.list(dataDir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void repeatedWrongPassphrasesAreThrottledAndTheRightOneWorksAfterTheWait() throws Exception {
        EncryptedVault vault = vault(fast());
        vault.create(PASSPHRASE).close();
        char[] wrong = "not-my-passphrase".toCharArray();

        assertEquals(Duration.ZERO, assertThrows(VaultException.class, () -> vault.unlock(wrong)).retryAfter());
        assertEquals(Duration.ZERO, assertThrows(VaultException.class, () -> vault.unlock(wrong)).retryAfter());
        VaultException third = assertThrows(VaultException.class, () -> vault.unlock(wrong));
        assertEquals(VaultException.Reason.WRONG_PASSPHRASE, third.reason());
        assertEquals(Duration.ofSeconds(2), third.retryAfter());

        VaultException throttled = assertThrows(VaultException.class, () -> vault.unlock(PASSPHRASE));
        assertEquals(VaultException.Reason.THROTTLED, throttled.reason());
        assertEquals(Duration.ofSeconds(2), vault.retryDelay());

        clock.advance(Duration.ofSeconds(2));
        assertEquals(Duration.ZERO, vault.retryDelay());
        vault.unlock(PASSPHRASE).close();
        assertEquals(Duration.ZERO, assertThrows(VaultException.class, () -> vault.unlock(wrong)).retryAfter());
    }

    @Test
    void secondUnlockWhileOpenIsRefusedAsInUse() throws Exception {
        EncryptedVault vault = vault(fast());
        try (DeviceSession first = vault.create(PASSPHRASE)) {
            VaultException refused = assertThrows(VaultException.class, () -> vault(fast()).unlock(PASSPHRASE));
            assertEquals(VaultException.Reason.IN_USE_BY_ANOTHER_PROCESS, refused.reason());
            assertEquals(Duration.ZERO, vault.retryDelay());
        }
    }

    @Test
    void passphraseChangeChecksStrengthAndTheCurrentPassphrase() throws Exception {
        EncryptedVault vault = vault(fast());
        char[] next = "新的口令-Village-9".toCharArray();
        try (DeviceSession session = vault.create(PASSPHRASE)) {
            assertEquals(VaultException.Reason.PASSPHRASE_TOO_WEAK, assertThrows(VaultException.class,
                    () -> session.changePassphrase(PASSPHRASE, "abc".toCharArray())).reason());
            assertEquals(VaultException.Reason.WRONG_PASSPHRASE, assertThrows(VaultException.class,
                    () -> session.changePassphrase("wrong-current-1".toCharArray(), next)).reason());
            session.changePassphrase(PASSPHRASE, next);
        }
        assertEquals(VaultException.Reason.WRONG_PASSPHRASE,
                assertThrows(VaultException.class, () -> vault.unlock(PASSPHRASE)).reason());
        vault.unlock(next).close();
    }

    @Test
    void failedMigrationIsReportedWithItsVersionAndTheStoreStillOpens() throws Exception {
        vault(fast()).create(PASSPHRASE).close();
        StoreOptions broken = fast().withMigrationLocations(
                List.of(StoreOptions.defaultMigrationLocation(), "classpath:db/broken-migration"));

        VaultException failed = assertThrows(VaultException.class, () -> vault(broken).unlock(PASSPHRASE));

        assertEquals(VaultException.Reason.MIGRATION_FAILED, failed.reason());
        assertTrue(failed.getMessage().contains("V1000"), failed.getMessage());
        try (EncryptedDeviceSession session = vault(fast()).unlock(PASSPHRASE)) {
            assertEquals("8", session.schemaVersion());
        }
    }
}
