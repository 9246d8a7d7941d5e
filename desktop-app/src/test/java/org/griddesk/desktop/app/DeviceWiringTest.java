package org.griddesk.desktop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.device.DeviceServices;
import org.griddesk.desktop.service.practice.PracticeActivity;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.desktop.ui.testing.InMemoryVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root of one unlocked store: what each kind of session offers the workspaces. */
class DeviceWiringTest {

    private static final char[] PASSPHRASE = "Wiring-口令-2026-desk".toCharArray();

    @TempDir
    Path dataDir;

    @Test
    void theEncryptedStoreOffersEveryWorkspaceItsService() throws Exception {
        EncryptedVault vault = new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000),
                Duration.ofHours(1));
        try (EncryptedDeviceSession session = vault.create(PASSPHRASE)) {
            DeviceServices services = DeviceWiring.of(session);
            try {
                assertTrue(services.sync().isPresent());
                assertTrue(services.today().isPresent());
                assertTrue(services.applications().isPresent());
                assertEquals(List.of(), services.households().orElseThrow().registry().get().households(),
                        "a new store registers nobody");
                assertEquals(List.of(), services.fieldWork().orElseThrow().issues().list());
                assertTrue(services.review().get().isEmpty(), "nobody signed in: there is no review queue");
                assertEquals(PracticeActivity.NONE, services.practiceActivity().get());
                assertTrue(services.sync().orElseThrow().account().isEmpty());
            } finally {
                services.fieldWork().ifPresent(work -> work.close());
            }
            assertEquals(List.of(), backgroundThreads(), "wiring starts no thread: the command line wires too");
            services.startBackground().run();
            assertEquals(List.of("auto-sync", "platform-probe"), backgroundThreads());
        }
        assertEquals(List.of(), backgroundThreads(), "closing the session stops what a screen started");
    }

    private static List<String> backgroundThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.equals("auto-sync") || name.equals("platform-probe")).sorted().toList();
    }

    @Test
    void aSessionWithoutAnEncryptedStoreOffersNone() throws Exception {
        InMemoryVault vault = new InMemoryVault("Session-口令-2026", "worker");
        DeviceSession session = vault.unlock("Session-口令-2026".toCharArray());
        DeviceServices services = DeviceWiring.of(session);
        assertTrue(services.sync().isEmpty());
        assertTrue(services.fieldWork().isEmpty());
        assertTrue(services.households().isEmpty());
        assertTrue(services.applications().isEmpty());
        assertTrue(services.today().isEmpty());
        assertTrue(services.review().get().isEmpty());
        assertSame(PracticeActivity.NONE, services.practiceActivity().get());
        services.startBackground().run();
        session.close();
    }
}
