package org.griddesk.desktop.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.store.StoreOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoModeTest {

    @TempDir
    Path demoDir;

    @TempDir
    Path jarDir;

    private EncryptedVault vault(Path dir) {
        return new EncryptedVault(dir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1));
    }

    private DemoPlatform platform(Path platformDir, Path jar) {
        return new DemoPlatform(platformDir, DemoAccounts.standard(),
                new PlatformJarLocator(Optional.of(jar.toString()), demoDir, Optional.empty()),
                DemoPlatform.currentJava(), Duration.ofSeconds(60));
    }

    @Test
    void demoStoreOpensWithThePublishedPassphraseAndLearnsThePlatformUrl() throws Exception {
        Path jar = FakePlatformJar.build(jarDir);
        DemoMode mode = new DemoMode(this::vault, platformDir -> platform(platformDir, jar));

        DemoInfo demo = mode.prepare(demoDir);
        assertEquals(DemoMode.PASSPHRASE, demo.passphrase());
        assertTrue(vault(demoDir).isInitialised());

        DemoVault demoVault = new DemoVault(vault(demoDir), demo.platform());
        try (DeviceSession session = demoVault.unlock(DemoMode.PASSPHRASE.toCharArray())) {
            assertEquals(Optional.empty(), session.settings().platformUrl());
            String url = demo.platform().start();
            assertEquals(Optional.of(url), session.settings().platformUrl());
        } finally {
            demo.platform().stop();
        }

        mode.prepare(demoDir);
        vault(demoDir).unlock(DemoMode.PASSPHRASE.toCharArray()).close();
    }

    @Test
    void aFreshDemoStoreKnowsItsGridsByNameAndWhereTheyLieBeforeItsFirstSync() throws Exception {
        Path jar = FakePlatformJar.build(jarDir);
        new DemoMode(this::vault, platformDir -> platform(platformDir, jar)).prepare(demoDir);
        try (DeviceSession session = vault(demoDir).unlock(DemoMode.PASSPHRASE.toCharArray())) {
            org.griddesk.desktop.service.EncryptedDeviceSession encrypted =
                    (org.griddesk.desktop.service.EncryptedDeviceSession) session;
            java.util.Map<String, String> names =
                    org.griddesk.desktop.service.sync.GridNames.of(encrypted).byCode();
            assertEquals(DemoAccounts.standard().gridCodes().size(), names.size());
            assertEquals("幸福村第一网格", names.get("500101001001"));
            org.griddesk.desktop.service.issues.GridBoundaries where =
                    new org.griddesk.desktop.service.issues.GridBoundaries(encrypted.records()::localViews);
            DemoVillage.HomeSite home = DemoVillage.standard().homeSites(1).get(0);
            assertEquals(home.grid(), where.at(new org.griddesk.model.record.Location(home.lon(), home.lat()))
                    .get(0).code(), "a home lies in its own grid");
            assertTrue(encrypted.records().outbox().stream().noneMatch(e -> e.record().type().equals("grid")),
                    "nothing to push: the platform owns grids");
        }
    }
}
