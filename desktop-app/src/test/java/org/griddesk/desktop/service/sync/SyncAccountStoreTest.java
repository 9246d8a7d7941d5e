package org.griddesk.desktop.service.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.griddesk.sync.client.ClientSettings;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.store.SettingsTable;
import org.griddesk.desktop.testing.SignInAnsweringPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed-in account in the encrypted settings of a real Derby store, across versions and restarts. */
class SyncAccountStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void anAccountStoredByTheVersionBeforeGridNamesStillLoadsWithCodesOnly() throws Exception {
        try (EncryptedDeviceSession session = SyncDevices.create(dataDir)) {
            // Exactly the settings the previous version wrote: no sync_grid_names.
            SettingsTable settings = session.store().settings();
            settings.put("sync_platform_url", "http://127.0.0.1:41875");
            settings.put("sync_username", "demo");
            settings.put("sync_role", "worker");
            settings.put("sync_grids", "500101001001,500101001002");
            settings.put("sync_token", "old-token");
        }
        try (EncryptedDeviceSession session = SyncDevices.unlock(dataDir)) {
            SignedInAccount account = new SyncAccountStore(session.store().settings()).account().orElseThrow();

            assertEquals(new SignedInAccount("http://127.0.0.1:41875", "demo", "worker",
                    List.of("500101001001", "500101001002")), account);
            assertTrue(account.gridName("500101001001").isEmpty());
        }
    }

    private static final String WORKER = "{\"token\":\"t\",\"role\":\"worker\",\"grids\":[\"500101001001\"]}";

    @Test
    void onlineMeansThePlatformTheAccountSyncsWithAnswersAndAMovedPlatformIsFollowed() throws Exception {
        String before;
        try (SignInAnsweringPlatform first = SignInAnsweringPlatform.answering(WORKER);
             EncryptedDeviceSession session = SyncDevices.create(dataDir)) {
            SyncServices.of(session, SyncDevices.QUICK).signIn(first.url(), "demo", "pw".toCharArray());
            before = first.url();
            assertTrue(session.platformProbe().probeNow());
        }
        try (SignInAnsweringPlatform moved = SignInAnsweringPlatform.answering(WORKER);
             EncryptedDeviceSession session = SyncDevices.unlock(dataDir)) {
            // as the main window does: the probe asks where sync talks to
            SyncServices.startBackground(session, SyncServices.of(session, ClientSettings.standard()));
            // the first day: the demo platform restarted elsewhere and the settings learnt its new address
            session.settings().setPlatformUrl(moved.url());
            SyncAccountStore accounts = new SyncAccountStore(session.store().settings());
            assertEquals(java.util.Optional.of(before), accounts.syncAddress(session.settings().platformUrl()));
            assertTrue(!session.platformProbe().probeNow(), "在线 while sync cannot reach its platform");

            accounts.movePlatform(moved.url());
            assertEquals(moved.url(), accounts.account().orElseThrow().platformUrl());
            assertTrue(session.platformProbe().probeNow());
        }
    }

    @Test
    void movingThePlatformWithoutAnAccountChangesNothing() throws Exception {
        try (EncryptedDeviceSession session = SyncDevices.create(dataDir)) {
            SyncAccountStore accounts = new SyncAccountStore(session.store().settings());
            accounts.movePlatform("http://127.0.0.1:1");
            assertTrue(accounts.account().isEmpty());
            assertEquals(java.util.Optional.empty(), accounts.syncAddress(java.util.Optional.empty()));
        }
    }

    @Test
    void namesFromTheSignInSurviveARestartAndSigningOutForgetsThem() throws Exception {
        try (SignInAnsweringPlatform platform = SignInAnsweringPlatform.answering("{\"token\":\"t\",\"role\":\"worker\","
                + "\"grids\":[\"500101001001\",\"500101001002\"],\"gridNames\":{\"500101001001\":\"幸福村一组网格\"}}")) {
            try (EncryptedDeviceSession session = SyncDevices.create(dataDir)) {
                SyncServices.of(session, SyncDevices.QUICK).signIn(platform.url(), "demo", "pw".toCharArray());
            }
            try (EncryptedDeviceSession session = SyncDevices.unlock(dataDir)) {
                SyncAccountStore accounts = new SyncAccountStore(session.store().settings());
                SignedInAccount account = accounts.account().orElseThrow();

                assertEquals(Map.of("500101001001", "幸福村一组网格"), account.gridNames());
                assertEquals(List.of("500101001001", "500101001002"), account.grids());

                accounts.forget();
                assertTrue(session.store().settings().get("sync_grid_names").isEmpty());
            }
        }
    }

    @Test
    void aTownshipOfNamesKeepsAsManyAsTheSettingHoldsAndStillSignsIn() throws Exception {
        List<String> grids = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 1; i <= 300; i++) {
            String code = String.format("500101%03d%03d", 1 + i / 100, i % 100);
            grids.add(code);
            names.put(code, "青山村第" + i + "网格");
        }
        try (EncryptedDeviceSession session = SyncDevices.create(dataDir)) {
            SyncAccountStore accounts = new SyncAccountStore(session.store().settings());
            accounts.save(new SignedInAccount("http://127.0.0.1:9", "township", "supervisor", grids, names), "t");

            SignedInAccount loaded = accounts.account().orElseThrow();

            assertEquals(grids, loaded.grids());
            assertEquals("青山村第1网格", loaded.gridName(grids.get(0)).orElseThrow());
            assertTrue(loaded.gridName(grids.get(299)).isEmpty(), "the last names did not fit and are left out");
            assertTrue(session.store().settings().get("sync_grid_names").orElseThrow().length()
                    <= SyncAccountStore.MAX_VALUE_LENGTH);
        }
    }

    @Test
    void aDamagedNameSettingLeavesTheAccountSignedInWithCodesOnly() throws Exception {
        try (EncryptedDeviceSession session = SyncDevices.create(dataDir)) {
            SyncAccountStore accounts = new SyncAccountStore(session.store().settings());
            accounts.save(new SignedInAccount("http://127.0.0.1:9", "demo", "worker", List.of("500101001001"),
                    Map.of("500101001001", "一组")), "t");
            session.store().settings().put("sync_grid_names", "{not json");

            SignedInAccount loaded = accounts.account().orElseThrow();

            assertEquals(List.of("500101001001"), loaded.grids());
            assertEquals(Map.of(), loaded.gridNames());
        }
    }
}
