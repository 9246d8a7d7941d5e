package org.griddesk.platform.app;

import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.griddesk.platform.app.SyncTestPlatform.batch;
import static org.griddesk.platform.app.SyncTestPlatform.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.platform.store.DatabaseSettings;
import org.griddesk.platform.store.postgres.EmbeddedPostgresServer;
import org.griddesk.platform.store.postgres.PostgresBinaries;
import org.griddesk.platform.store.postgres.PostmasterPidFile;
import org.griddesk.sync.clock.Hlc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL lost under a running platform: requests are answered 503 {@code unavailable} with Retry-After
 * (never a 500 after a long hang), and the embedded server is started again so the platform serves on.
 */
class DatabaseLossTest {
    private static final int PATIENCE_SECONDS = 120;

    @TempDir
    Path folder;

    @TempDir
    Path postgresFolder;

    private final UuidV7Generator ids = new UuidV7Generator();

    @Test
    void theEmbeddedPostgresKilledIsStartedAgainAndNothingCommittedIsLost() throws Exception {
        try (SyncTestPlatform platform = new SyncTestPlatform(folder)) {
            platform.addUser("wang", "worker", GRID_A);
            String token = platform.login("wang", "wang-1");
            String before = ids.nextId();
            assertEquals(200, push(platform, token, before).status());

            long postmaster = PostmasterPidFile.read(folder.resolve("pgdata")).orElseThrow().pid();
            new ProcessBuilder("kill", "-KILL", Long.toString(postmaster)).start().waitFor();
            ProcessHandle.of(postmaster).ifPresent(handle -> handle.onExit().join());

            List<Integer> seen = new ArrayList<>();
            long deadline = System.nanoTime() + PATIENCE_SECONDS * 1_000_000_000L;
            while (true) {
                PlatformHttp.Reply reply = platform.http.get("/api/v1/auth/me", token);
                seen.add(reply.status());
                if (reply.status() == 200) {
                    break;
                }
                assertUnavailable(reply);
                if (System.nanoTime() > deadline) {
                    fail("the platform did not get its database back: " + seen);
                }
                Thread.sleep(200);
            }
            String after = ids.nextId();
            assertEquals(200, push(platform, token, after).status(), "pushes work again");
            JsonNode all = platform.pullAll(token);
            assertTrue(has(all, before), "committed before the kill");
            assertTrue(has(all, after));
        }
    }

    @Test
    void anUnreachableDatabaseIsAnsweredUnavailableWithRetryAfter() throws Exception {
        EmbeddedPostgresServer external = EmbeddedPostgresServer.startExclusive(postgresFolder,
                PostgresBinaries.defaultCacheRoot());
        DatabaseSettings settings = new DatabaseSettings(folder, Optional.of(external.jdbcUrl()),
                Optional.of(EmbeddedPostgresServer.SUPERUSER), Optional.of(external.password()),
                PostgresBinaries.defaultCacheRoot());
        try (PlatformServer server = PlatformServer.start(new PlatformConfig("127.0.0.1", 0, settings, "500101"))) {
            PlatformHttp http = new PlatformHttp(server.port());
            external.close();

            assertUnavailable(http.login("wang", "any password"));
            assertUnavailable(http.get("/api/v1/auth/me", "some-token"));
            assertUnavailable(http.get("/api/v1/sync/changes?after=0", "some-token"));
            assertEquals(503, http.get("/health", null).status());
        } finally {
            external.close();
        }
        assertTrue(Files.exists(postgresFolder.resolve("pgdata")));
    }

    private static void assertUnavailable(PlatformHttp.Reply reply) {
        assertEquals(503, reply.status(), reply.text());
        assertEquals("unavailable", reply.errorCode());
        assertTrue(Long.parseLong(reply.header("Retry-After")) > 0);
    }

    private PlatformHttp.Reply push(SyncTestPlatform platform, String token, String id) {
        return platform.push(token, batch("wang-1", ids.nextId(), 1, List.of(change("issue", id, 0,
                Map.of("grid", GRID_A, "title", "路灯"), new Hlc(System.currentTimeMillis(), 0, "wang-1").toString()))));
    }

    private static boolean has(JsonNode page, String id) {
        for (JsonNode record : page.path("records")) {
            if (record.path("id").asText().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
