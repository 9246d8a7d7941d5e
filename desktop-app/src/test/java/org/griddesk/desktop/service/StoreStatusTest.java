package org.griddesk.desktop.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.sun.net.httpserver.HttpServer;
import org.griddesk.desktop.store.StoreOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreStatusTest {

    @TempDir
    Path dataDir;

    private EncryptedDeviceSession session;
    private HttpServer platform;

    @BeforeEach
    void unlock() throws Exception {
        session = new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1))
                .create("status-test-2026".toCharArray());
    }

    @AfterEach
    void lock() {
        session.close();
        if (platform != null) {
            platform.stop(0);
        }
    }

    @Test
    void countsRecordsWithUnackedEditsOpenConflictsAndTheLastSuccessfulSync() throws Exception {
        assertEquals(new StatusSnapshot(false, 0, 0, Optional.empty()), session.status().snapshot());
        try (Connection connection = session.store().connect(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO outbox (record_type, record_id, field, value, hlc, created_at, acked_at) "
                    + "VALUES ('household', 'h1', 'address', '\"x\"', 'a', CURRENT_TIMESTAMP, NULL), "
                    + "('household', 'h1', 'houseNo', '\"3\"', 'b', CURRENT_TIMESTAMP, NULL), "
                    + "('household', 'h2', 'address', '\"y\"', 'c', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO conflicts (id, record_type, record_id, field, status) "
                    + "VALUES ('c1', 'resident', 'r1', 'phone', 'open'), ('c2', 'resident', 'r1', 'name', 'resolved')");
            sql.executeUpdate("INSERT INTO sync_log (started_at, finished_at, outcome) VALUES "
                    + "('2026-11-20 08:00:00', '2026-11-20 08:01:00', 'ok'), "
                    + "('2026-11-21 08:00:00', '2026-11-21 08:01:00', 'failed')");
        }

        StatusSnapshot snapshot = session.status().snapshot();

        assertEquals(1, snapshot.pendingRecords(), "two unacknowledged edits of one household");
        assertEquals(1, snapshot.openConflicts());
        assertEquals(Optional.of(java.sql.Timestamp.valueOf("2026-11-20 08:01:00").toInstant()), snapshot.lastSync());
        assertTrue(snapshot.lastSync().get().isBefore(Instant.now()));
    }

    @Test
    void aNewAddressIsNotClaimedOfflineBeforeItsPlatformHasAnswered() throws Exception {
        platform = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        platform.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        platform.start();
        assertTrue(session.status().snapshot().checked(), "no address: offline is simply true");
        session.settings().setPlatformUrl("http://127.0.0.1:" + platform.getAddress().getPort());
        PlatformProbe probe = session.platformProbe();
        if (!probe.answeredForCurrentAddress()) {
            assertFalse(session.status().snapshot().checked() && !session.status().snapshot().online(),
                    "离线 claimed for an address nobody asked yet");
        }
        assertTrue(probe.probeNow());
        assertTrue(probe.answeredForCurrentAddress());
        assertTrue(session.status().snapshot().checked());
        assertTrue(session.status().snapshot().online());
    }

    @Test
    void aPlatformThatComesUpIsSeenLongBeforeTheNextRegularProbe() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        session.settings().setPlatformUrl("http://127.0.0.1:" + port);
        PlatformProbe probe = session.platformProbe(); // this session probes once an hour
        session.startBackgroundWork();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!probe.answeredForCurrentAddress() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(probe.answeredForCurrentAddress());
        assertFalse(probe.lastKnownOnline());

        platform = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        platform.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        platform.start();
        while (!probe.lastKnownOnline() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(probe.lastKnownOnline(), "a missed answer is asked again within seconds, not an hour");
    }

    @Test
    void onlineFollowsWhetherThePlatformAnswersHealth() throws Exception {
        platform = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        platform.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        platform.start();
        session.settings().setPlatformUrl("http://127.0.0.1:" + platform.getAddress().getPort());
        PlatformProbe probe = session.platformProbe();

        assertTrue(probe.probeNow());
        assertTrue(session.status().snapshot().online());

        platform.stop(0);
        platform = null;
        assertFalse(probe.probeNow());
        assertFalse(session.status().snapshot().online());
    }

    @Test
    void aPlatformAnsweringWithAnErrorCountsAsOffline() throws Exception {
        platform = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        platform.createContext("/", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        platform.start();
        session.settings().setPlatformUrl("http://127.0.0.1:" + platform.getAddress().getPort() + "/");

        assertFalse(session.platformProbe().probeNow());
    }
}
