package org.griddesk.desktop.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.Vault;
import org.griddesk.desktop.service.practice.PracticeActivities;
import org.griddesk.desktop.service.practice.PracticeActivity;
import org.griddesk.desktop.service.practice.PracticeStep;
import org.griddesk.desktop.service.practice.PracticeTour;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.sync.SyncAccountStore;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.desktop.testing.FolderFingerprint;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.VisitFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 练习模式 against real Derby files: the practice store lives in practice/ of the data folder, is seeded with the demo
 * village, admits only its practice platform, keeps its work until the worker starts over, and the real store's
 * files are not touched by a whole practice round. The platform here is the stand-in jar (fast); the real platform
 * is exercised by PracticeAgainstCountyPlatformTest.
 */
class PracticeModeTest {

    private static final char[] REAL_PASSPHRASE = "真实口令-worker-2026!".toCharArray();

    @TempDir
    Path dataDir;

    @TempDir
    Path jarDir;

    private EncryptedVault vault(Path dir) {
        return new EncryptedVault(dir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1));
    }

    private PracticeMode mode(Path jar) {
        return new PracticeMode(this::vault, platformDir -> new DemoPlatform(platformDir, DemoAccounts.standard(),
                new PlatformJarLocator(Optional.of(jar.toString()), jarDir, Optional.empty()),
                DemoPlatform.currentJava(), Duration.ofSeconds(60)));
    }

    private static EncryptedDeviceSession unlock(Vault vault) throws Exception {
        return (EncryptedDeviceSession) vault.unlock(DemoMode.PASSPHRASE.toCharArray());
    }

    @Test
    void aPracticeRoundUsesItsOwnSeededStoreAndLeavesTheRealStoreUntouched() throws Exception {
        vault(dataDir).create(REAL_PASSPHRASE.clone()).close();
        Map<String, String> realBefore = FolderFingerprint.of(dataDir, PracticeMode.FOLDER);
        PracticeMode mode = mode(FakePlatformJar.build(jarDir));

        PracticeSetup round = mode.prepare(dataDir, false);
        String url = round.platform().start();
        try (EncryptedDeviceSession practice = unlock(round.vault())) {
            assertEquals(PracticeMode.folder(dataDir).toAbsolutePath().normalize(), practice.dataDir());
            RegistryService registry = Registries.open(practice, "demo");
            assertEquals(DemoRegistrySeed.HOMES_COUNT, registry.households().size());
            assertFalse(practice.records().localViews(RecordType.ISSUE.wireName()).isEmpty());

            SyncAccountStore accounts = new SyncAccountStore(practice.store().settings());
            assertTrue(accounts.practiceOnly());
            assertTrue(accounts.permits(url));
            assertFalse(accounts.permits("http://127.0.0.1:1"));
            assertEquals(Optional.of(url), practice.settings().platformUrl());

            // the tour sees the visit the worker saves in the practice store
            PracticeTour tour = new PracticeTour(PracticeActivities.of(practice));
            assertTrue(registry.saveVisit(registry.households().get(0).id(), Map.of(VisitFields.DATE, "2026-12-06",
                    VisitFields.PURPOSE, "练习走访")).ok());
            tour.observe(PracticeActivities.of(practice));
            assertEquals(java.util.Set.of(PracticeStep.ADD_VISIT), tour.done());
        } finally {
            round.platform().stop();
        }
        assertEquals(realBefore, FolderFingerprint.of(dataDir, PracticeMode.FOLDER));

        try (EncryptedDeviceSession real = (EncryptedDeviceSession) vault(dataDir).unlock(REAL_PASSPHRASE.clone())) {
            assertTrue(Registries.open(real, null).households().isEmpty());
            assertTrue(real.records().localViews(RecordType.VISIT.wireName()).isEmpty());
            assertFalse(new SyncAccountStore(real.store().settings()).practiceOnly());
        }
    }

    @Test
    void practiceWorkIsKeptUntilTheWorkerStartsOver() throws Exception {
        PracticeMode mode = mode(FakePlatformJar.build(jarDir));
        try (EncryptedDeviceSession practice = unlock(mode.prepare(dataDir, false).vault())) {
            RegistryService registry = Registries.open(practice, "demo");
            registry.saveVisit(registry.households().get(0).id(), Map.of(VisitFields.DATE, "2026-12-06",
                    VisitFields.PURPOSE, "练习走访"));
        }
        try (EncryptedDeviceSession again = unlock(mode.prepare(dataDir, false).vault())) {
            assertEquals(1, PracticeActivities.of(again).visits());
        }
        try (EncryptedDeviceSession fresh = unlock(mode.prepare(dataDir, true).vault())) {
            PracticeActivity seeded = PracticeActivities.of(fresh);
            assertEquals(0, seeded.visits());
            assertEquals(0, seeded.completedSyncs());
            assertEquals(DemoRegistrySeed.HOMES_COUNT, Registries.open(fresh, null).households().size());
            assertTrue(new SyncAccountStore(fresh.store().settings()).practiceOnly());
        }
        assertFalse(vault(dataDir).isInitialised(), "practice made no store in the real place");
    }
}
