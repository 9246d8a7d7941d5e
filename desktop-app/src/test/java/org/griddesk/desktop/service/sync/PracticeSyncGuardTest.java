package org.griddesk.desktop.service.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.griddesk.sync.client.ClientSettings;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.review.ReviewServices;
import org.griddesk.desktop.store.SettingsTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A practice store never talks to any platform but its practice platform, whatever the screens do: signing in,
 * syncing, probing and reviewing all refuse the real address, which must receive no request at all.
 */
class PracticeSyncGuardTest {

    private static final String LOGIN = "{\"token\":\"t\",\"role\":\"supervisor\",\"grids\":[\"500101001001\"]}";

    @TempDir
    Path practiceDir;

    @TempDir
    Path realDir;

    private HttpServer realPlatform;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startRealPlatform() throws IOException {
        realPlatform = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        realPlatform.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] body = (exchange.getRequestURI().getPath().endsWith("/login") ? LOGIN : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        realPlatform.start();
    }

    @AfterEach
    void stopRealPlatform() {
        realPlatform.stop(0);
    }

    private String realUrl() {
        return "http://127.0.0.1:" + realPlatform.getAddress().getPort();
    }

    @Test
    void aPracticeStoreRefusesEveryWayToTheRealPlatformAndSendsItNothing() throws Exception {
        try (EncryptedDeviceSession session = SyncDevices.create(practiceDir)) {
            SyncAccountStore accounts = new SyncAccountStore(session.store().settings());
            accounts.restrictToPracticePlatform();
            SyncService sync = SyncServices.of(session, SyncDevices.QUICK);

            // before the practice platform is known, no address at all is allowed
            SignInException early = assertThrows(SignInException.class,
                    () -> sync.signIn(realUrl(), "wang", "pw".toCharArray()));
            assertEquals(SignInException.Reason.PRACTICE_ONLY, early.reason());

            accounts.admitPracticePlatform("http://127.0.0.1:1");
            SignInException refused = assertThrows(SignInException.class,
                    () -> sync.signIn(realUrl() + "/", "wang", "pw".toCharArray()));
            assertEquals(SignInException.Reason.PRACTICE_ONLY, refused.reason());
            assertThrows(IllegalStateException.class, () -> accounts.save(
                    new SignedInAccount(realUrl(), "wang", "supervisor", List.of("500101001001")), "t"));
            assertThrows(IllegalArgumentException.class,
                    () -> accounts.admitPracticePlatform("https://county.example.cn"));

            // an account on the real platform that only tampering could store is never used
            SettingsTable settings = session.store().settings();
            settings.put("sync_platform_url", realUrl());
            settings.put("sync_username", "wang");
            settings.put("sync_role", "supervisor");
            settings.put("sync_grids", "500101001001");
            settings.put("sync_token", "stolen-token");
            session.settings().setPlatformUrl(realUrl());

            assertEquals(Optional.empty(), sync.account());
            SyncReport report = sync.sync(SyncProgress.NONE, () -> false);
            assertEquals(SyncFailure.PRACTICE_ONLY, report.failure());
            assertEquals(Optional.empty(), accounts.syncAddress(session.settings().platformUrl()));
            assertTrue(ReviewServices.forSession(session).isEmpty());
            // the probe asks where sync may talk to: nowhere here
            SyncServices.startBackground(session, SyncServices.of(session, ClientSettings.standard()));
            assertFalse(session.platformProbe().probeNow());
        }
        assertEquals(List.of(), requests);

        // The same steps on a real store do reach the server: the guard, not the set-up, kept it silent.
        try (EncryptedDeviceSession real = SyncDevices.create(realDir)) {
            SyncServices.of(real, SyncDevices.QUICK).signIn(realUrl(), "wang", "pw".toCharArray());
        }
        assertEquals(List.of("POST /api/v1/auth/login"), requests);
    }

    @Test
    void thePracticePlatformIsAllowedHoweverItsAddressIsSpelled() throws Exception {
        try (EncryptedDeviceSession session = SyncDevices.create(practiceDir)) {
            SyncAccountStore accounts = new SyncAccountStore(session.store().settings());
            assertTrue(accounts.permits(realUrl()));
            accounts.restrictToPracticePlatform();
            accounts.admitPracticePlatform(realUrl());

            assertTrue(accounts.permits("HTTP://127.0.0.1:" + realPlatform.getAddress().getPort() + "/"));
            assertFalse(accounts.permits("http://127.0.0.1:" + (realPlatform.getAddress().getPort() + 1)));
            SyncServices.of(session, SyncDevices.QUICK).signIn(realUrl(), "wang", "pw".toCharArray());
            assertEquals(Optional.of(realUrl()), accounts.account().map(SignedInAccount::platformUrl));
        }
        assertEquals(List.of("POST /api/v1/auth/login"), requests);
    }
}
