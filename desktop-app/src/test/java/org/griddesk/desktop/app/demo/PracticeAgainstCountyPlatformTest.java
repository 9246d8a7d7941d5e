package org.griddesk.desktop.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.applications.ApplicationService;
import org.griddesk.desktop.service.applications.Applications;
import org.griddesk.desktop.service.practice.PracticeActivities;
import org.griddesk.desktop.service.practice.PracticeStep;
import org.griddesk.desktop.service.practice.PracticeTour;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.sync.SignedInAccount;
import org.griddesk.desktop.service.sync.SyncProgress;
import org.griddesk.desktop.service.sync.SyncReport;
import org.griddesk.desktop.service.sync.SyncService;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.desktop.testing.FolderFingerprint;
import org.griddesk.model.record.VisitFields;
import org.griddesk.sync.client.ClientSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one practice round through the real county-platform.jar (embedded PostgreSQL, tens of seconds): the practice
 * store signs the demo worker in on the practice platform by itself, syncs there, gets the application forms, and
 * the tour ticks what the worker did. The real county platform of the worker's real store hears nothing, the real
 * store's files stay as they were, and leaving stops the practice platform.
 */
class PracticeAgainstCountyPlatformTest {

    private static final String LOGIN = "{\"token\":\"t\",\"role\":\"worker\",\"grids\":[\"500101001001\"]}";

    @TempDir
    Path dataDir;

    private HttpServer countyPlatform;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startTheRealCountyPlatform() throws IOException {
        countyPlatform = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        countyPlatform.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] body = LOGIN.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        countyPlatform.start();
    }

    @AfterEach
    void stopTheRealCountyPlatform() {
        countyPlatform.stop(0);
    }

    private EncryptedVault vault(Path dir) {
        return new EncryptedVault(dir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1));
    }

    @Test
    void aPracticeSyncGoesToThePracticePlatformOnlyAndTheRealStoreStaysAsItWas() throws Exception {
        Path jar = Path.of("").toAbsolutePath().resolve("../county-platform/target/county-platform.jar").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(jar), "county-platform.jar not built: " + jar);
        String countyUrl = "http://127.0.0.1:" + countyPlatform.getAddress().getPort();
        try (EncryptedDeviceSession real = vault(dataDir).create("真实口令-worker-2026!".toCharArray())) {
            SyncServices.of(real, ClientSettings.standard()).signIn(countyUrl, "wang", "pw".toCharArray());
        }
        assertEquals(List.of("POST /api/v1/auth/login"), requests);
        Map<String, String> realBefore = FolderFingerprint.of(dataDir, PracticeMode.FOLDER);

        PracticeMode mode = new PracticeMode(this::vault, platformDir -> new DemoPlatform(platformDir,
                DemoAccounts.standard(), new PlatformJarLocator(Optional.of(jar.toString()), dataDir, Optional.empty()),
                DemoPlatform.currentJava(), Duration.ofMinutes(3)));
        PracticeSetup round = mode.prepare(dataDir, false);
        String practiceUrl;
        try {
            practiceUrl = round.platform().start();
            try (EncryptedDeviceSession practice =
                         (EncryptedDeviceSession) round.vault().unlock(DemoMode.PASSPHRASE.toCharArray())) {
                SyncService sync = SyncServices.of(practice, ClientSettings.standard());
                assertEquals(Optional.of(practiceUrl), sync.account().map(SignedInAccount::platformUrl));
                PracticeTour tour = new PracticeTour(PracticeActivities.of(practice));

                SyncReport first = sync.sync(SyncProgress.NONE, () -> false);
                assertTrue(first.completed(), () -> "practice sync: " + first.failure() + " " + first.detail());
                assertTrue(first.counters().pushed() > 0, "the demo village went to the practice platform");

                // the forms came with the first pull: the worker starts an application and logs a visit
                ApplicationService applications = Applications.open(practice).applications();
                RegistryService registry = Registries.open(practice, "demo");
                applications.start(registry.residents().get(0).id(), applications.templates().get(0), null);
                assertTrue(registry.saveVisit(registry.households().get(0).id(), Map.of(VisitFields.DATE,
                        "2026-12-06", VisitFields.PURPOSE, "练习走访")).ok());
                SyncReport second = sync.sync(SyncProgress.NONE, () -> false);
                assertTrue(second.completed(), () -> "practice sync: " + second.failure() + " " + second.detail());
                assertEquals(1, second.counters().pushed());

                tour.observe(PracticeActivities.of(practice));
                assertEquals(EnumSet.of(PracticeStep.ADD_VISIT, PracticeStep.FILL_APPLICATION, PracticeStep.SYNC),
                        tour.done());
            }
        } finally {
            round.platform().stop();
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String stopped = practiceUrl;
        assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(URI.create(stopped + "/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()));
        assertEquals(List.of("POST /api/v1/auth/login"), requests, "the real county platform heard nothing more");
        assertEquals(realBefore, FolderFingerprint.of(dataDir, PracticeMode.FOLDER));
    }
}
