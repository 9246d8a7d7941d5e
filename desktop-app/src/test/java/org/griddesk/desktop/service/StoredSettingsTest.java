package org.griddesk.desktop.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.griddesk.desktop.store.StoreOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredSettingsTest {

    @TempDir
    Path dataDir;

    private EncryptedDeviceSession session;

    @BeforeEach
    void unlock() throws Exception {
        session = new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1))
                .create("settings-test-2026".toCharArray());
    }

    @AfterEach
    void lock() {
        session.close();
    }

    @Test
    void freshStoreHasChineseFifteenMinutesNoPlatformAndNoRole() {
        SettingsService settings = session.settings();
        assertEquals(Locale.SIMPLIFIED_CHINESE, settings.language());
        assertEquals(Duration.ofMinutes(15), settings.idleLock());
        assertEquals(Optional.empty(), settings.platformUrl());
        assertEquals(Optional.empty(), settings.role());
    }

    @Test
    void theVisitIntervalOfTodayIsThirtyDaysUntilChangedAndSurvivesALockWithinOneToAYear() throws Exception {
        assertEquals(30, session.settings().visitIntervalDays());
        session.settings().setVisitIntervalDays(14);
        assertThrows(IllegalArgumentException.class, () -> session.settings().setVisitIntervalDays(0));
        assertThrows(IllegalArgumentException.class, () -> session.settings().setVisitIntervalDays(366));
        session.close();
        session = new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1))
                .unlock("settings-test-2026".toCharArray());

        assertEquals(14, session.settings().visitIntervalDays());
        session.settings().setVisitIntervalDays(365);
        assertEquals(365, session.settings().visitIntervalDays());
    }

    @Test
    void languageIsMirroredOutsideTheStoreForTheUnlockScreen() {
        session.settings().setLanguage(Locale.ENGLISH);

        assertEquals(Locale.ENGLISH, session.settings().language());
        assertEquals(Locale.ENGLISH, new LanguagePreference(dataDir).read());
    }

    @Test
    void idleLockAcceptsOneToTwoHundredFortyMinutesOnly() {
        SettingsService settings = session.settings();
        settings.setIdleLock(Duration.ofMinutes(1));
        assertEquals(Duration.ofMinutes(1), settings.idleLock());
        settings.setIdleLock(Duration.ofMinutes(240));
        assertEquals(Duration.ofMinutes(240), settings.idleLock());

        assertThrows(IllegalArgumentException.class, () -> settings.setIdleLock(Duration.ofSeconds(59)));
        assertThrows(IllegalArgumentException.class, () -> settings.setIdleLock(Duration.ofMinutes(241)));
        assertEquals(Duration.ofMinutes(240), settings.idleLock());
    }

    @Test
    void platformUrlMustBeHttpAndBlankForgetsIt() {
        SettingsService settings = session.settings();
        settings.setPlatformUrl(" http://127.0.0.1:8080 ");
        assertEquals(Optional.of("http://127.0.0.1:8080"), settings.platformUrl());

        assertThrows(IllegalArgumentException.class, () -> settings.setPlatformUrl("ftp://127.0.0.1"));
        assertThrows(IllegalArgumentException.class, () -> settings.setPlatformUrl("not a url"));
        assertEquals(Optional.of("http://127.0.0.1:8080"), settings.platformUrl());

        settings.setPlatformUrl("");
        assertEquals(Optional.empty(), settings.platformUrl());
    }

    @Test
    void roleRecordedAtSignInIsReadBack() {
        session.settings().setRole("supervisor");
        assertEquals(Optional.of("supervisor"), session.settings().role());
    }
}
