package org.griddesk.platform.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.platform.cli.PlatformCommandLine;
import org.griddesk.platform.store.postgres.EmbeddedPostgresServer;
import org.griddesk.platform.store.postgres.PostgresBinaries;
import org.griddesk.sync.clock.Hlc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A county that outgrew one server: one PostgreSQL, started here as an administrator's existing server would run,
 * and two platform processes on it ({@code serve --db-url … --db-user … --db-password-file …}, each with a data
 * folder of its own and one shared attachments folder), started at the same moment on the empty database. Devices
 * push through both at once while a reader follows the feed alternately on both: what the store's concurrent-push
 * test checks inside one process must hold across the two.
 */
class TwoPlatformProcessesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GRID = "500101001001";
    private static final String PASSWORD = "two servers 2026";
    private static final int WRITERS = 4;
    private static final int BATCHES_PER_WRITER = 10;
    private static final int RECORDS_PER_BATCH = 3;
    private static final int EDITS_PER_DEVICE = 12;

    @TempDir
    Path folder;

    private final UuidV7Generator ids = new UuidV7Generator();
    private List<String> database;

    @Test
    void twoProcessesOnOnePostgresqlServeOneCountyAsOne() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startExclusive(folder.resolve("postgres"),
                PostgresBinaries.defaultCacheRoot())) {
            Path dbPassword = folder.resolve("db-password");
            Files.writeString(dbPassword, postgres.password() + "\n");
            database = List.of("--db-url", postgres.jdbcUrl(), "--db-user", EmbeddedPostgresServer.SUPERUSER,
                    "--db-password-file", dbPassword.toString());
            Path sharedBlobs = folder.resolve("shared-blobs");
            try (PlatformProcess a = serve("a", sharedBlobs); PlatformProcess b = serve("b", sharedBlobs)) {
                List<PlatformHttp> servers = List.of(new PlatformHttp(a.port()), new PlatformHttp(b.port()));
                admin("grid", "add", "--code", GRID, "--name", "幸福村一组");
                Files.writeString(folder.resolve("password"), PASSWORD);
                admin("user", "add", "--username", "wang", "--role", "worker", "--grids", GRID,
                        "--password-file", folder.resolve("password").toString());

                aTokenFromOneIsValidOnTheOther(servers);
                concurrentPushesThroughBothAreSeenOnceInSeqOrder(servers);
                concurrentEditsOfOneRecordThroughBothLoseNothing(servers);
                aBlobUploadedThroughOneIsHeldByTheOther(a.port(), b.port(), servers);
            }
        }
    }

    private void aTokenFromOneIsValidOnTheOther(List<PlatformHttp> servers) {
        String token = login(servers.get(0), "laptop-1");
        PlatformHttp.Reply me = servers.get(1).get("/api/v1/auth/me", token);
        assertEquals(200, me.status(), me.text());
        assertEquals(401, servers.get(1).get("/api/v1/auth/me", token + "x").status());
    }

    /** The store test's writers and cursor-following reader, with every request going to one process or the other. */
    private void concurrentPushesThroughBothAreSeenOnceInSeqOrder(List<PlatformHttp> servers) throws Exception {
        String reader = login(servers.get(1), "reader");
        long cursor = drain(servers, reader, 0, new HashMap<>(), new ArrayList<>());
        long start = cursor;
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> pushes = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String device = "writer-" + w;
            String token = login(servers.get(w % 2), device);
            int writer = w;
            pushes.add(pool.submit(() -> {
                for (int batch = 0; batch < BATCHES_PER_WRITER; batch++) {
                    List<Map<String, Object>> changes = new ArrayList<>();
                    for (int r = 0; r < RECORDS_PER_BATCH; r++) {
                        changes.add(change(ids.nextId(), 0, Map.of("grid", GRID, "title", device + " " + batch),
                                device, batch * RECORDS_PER_BATCH + r));
                    }
                    JsonNode answer = push(servers.get((writer + batch) % 2), token, device, changes);
                    for (JsonNode result : answer.path("results")) {
                        assertEquals("applied", result.path("status").asText(), answer.toString());
                    }
                }
            }));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Long> seqs = new ArrayList<>();
        int turn = 0;
        while (!pushes.stream().allMatch(Future::isDone)) {
            cursor = page(servers.get(turn++ % 2), reader, cursor, seen, seqs).path("next").asLong();
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES));
        for (Future<?> push : pushes) {
            push.get();
        }
        cursor = drain(servers, reader, cursor, seen, seqs);

        int expected = WRITERS * BATCHES_PER_WRITER * RECORDS_PER_BATCH;
        assertEquals(expected, seen.size(), "records the reader never saw");
        assertTrue(seen.values().stream().allMatch(count -> count == 1), "records seen twice: " + seen);
        for (int i = 0; i < seqs.size(); i++) {
            assertEquals(start + 1 + i, seqs.get(i), "seqs in order, each once, none skipped: " + seqs);
        }
        assertEquals(start + expected, cursor);
        assertEquals(cursor, drain(List.of(servers.get(1), servers.get(0)), reader, cursor, seen, seqs), "both are at the same end");
    }

    /**
     * Two devices keep editing one record through different processes, each from the revision its last answer gave
     * it, on different fields: every edit must land (rev counts each), none may overwrite the other's.
     */
    private void concurrentEditsOfOneRecordThroughBothLoseNothing(List<PlatformHttp> servers) throws Exception {
        String shared = ids.nextId();
        String first = login(servers.get(0), "editor-0");
        String second = login(servers.get(1), "editor-1");
        JsonNode created = push(servers.get(0), first, "editor-0",
                List.of(change(shared, 0, Map.of("grid", GRID, "title", "路灯"), "editor-0", 0)));
        assertEquals(1, created.path("results").get(0).path("rev").asLong(), created.toString());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> titles = pool.submit(() -> edit(servers.get(0), first, "editor-0", shared, "title"));
        Future<?> descriptions = pool.submit(() -> edit(servers.get(1), second, "editor-1", shared, "description"));
        titles.get();
        descriptions.get();
        pool.shutdown();

        for (PlatformHttp server : servers) {
            JsonNode record = find(server, first, shared);
            assertEquals(1 + 2 * EDITS_PER_DEVICE, record.path("rev").asLong(), record.toString());
            assertEquals("title " + EDITS_PER_DEVICE, record.path("fields").path("title").asText());
            assertEquals("description " + EDITS_PER_DEVICE, record.path("fields").path("description").asText());
        }
    }

    private void edit(PlatformHttp server, String token, String device, String id, String field) {
        long rev = 1;
        for (int i = 1; i <= EDITS_PER_DEVICE; i++) {
            JsonNode answer = push(server, token, device, List.of(change(id, rev, Map.of(field, field + " " + i),
                    device, i)));
            JsonNode result = answer.path("results").get(0);
            assertTrue(List.of("applied", "merged").contains(result.path("status").asText()), answer.toString());
            assertTrue(result.path("rev").asLong() > rev, answer.toString());
            assertEquals(field + " " + i, result.path("record").path("fields").path(field).asText());
            rev = result.path("rev").asLong();
        }
    }

    private void aBlobUploadedThroughOneIsHeldByTheOther(int portA, int portB, List<PlatformHttp> servers) {
        String token = login(servers.get(0), "photographer");
        byte[] photo = "两台服务器共用的照片".repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = BlobHttp.sha256(photo);
        assertEquals(404, new BlobHttp(portB).head(sha, token).statusCode());
        assertEquals(201, new BlobHttp(portA).putWhole(sha, token, photo).statusCode());
        assertEquals(200, new BlobHttp(portB).head(sha, token).statusCode());
        JsonNode answer = push(servers.get(1), token, "photographer", List.of(change(ids.nextId(), 0,
                Map.of("grid", GRID, "title", "井盖", "photos", List.of(sha)), "photographer", 0)));
        assertEquals("applied", answer.path("results").get(0).path("status").asText(), answer.toString());
    }

    private PlatformProcess serve(String name, Path blobs) throws Exception {
        List<String> arguments = new ArrayList<>(database);
        arguments.addAll(List.of("--data", folder.resolve(name).toString(), "--blobs", blobs.toString()));
        return PlatformProcess.start(arguments);
    }

    private void admin(String... command) {
        List<String> arguments = new ArrayList<>(List.of(command));
        arguments.addAll(database);
        arguments.addAll(List.of("--data", folder.resolve("admin").toString()));
        StringWriter err = new StringWriter();
        int code = PlatformCommandLine.create(new PlatformLauncher(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)).execute(arguments.toArray(String[]::new));
        assertEquals(0, code, err.toString());
    }

    private static String login(PlatformHttp server, String deviceId) {
        String body = JSON.createObjectNode().put("username", "wang").put("password", PASSWORD)
                .put("deviceId", deviceId).toString();
        PlatformHttp.Reply reply = server.post("/api/v1/auth/login", body, null);
        assertEquals(200, reply.status(), reply.text());
        return reply.json().path("token").asText();
    }

    private JsonNode push(PlatformHttp server, String token, String device, List<Map<String, Object>> changes) {
        Map<String, Object> batch = Map.of("deviceId", device, "batchId", ids.nextId(), "schemaVersion", 1,
                "changes", changes);
        try {
            PlatformHttp.Reply reply = server.post("/api/v1/sync/push", JSON.writeValueAsString(batch), token);
            assertEquals(200, reply.status(), reply.text());
            return reply.json();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> change(String id, long baseRev, Map<String, ?> set, String device, int tick) {
        return Map.of("type", "issue", "id", id, "baseRev", baseRev, "set", set, "delete", false,
                "hlc", new Hlc(System.currentTimeMillis(), tick, device).toString());
    }

    private static JsonNode page(PlatformHttp server, String token, long after, Map<String, Integer> seen,
                                 List<Long> seqs) {
        PlatformHttp.Reply reply = server.get("/api/v1/sync/changes?after=" + after + "&limit=7", token);
        assertEquals(200, reply.status(), reply.text());
        JsonNode page = reply.json();
        for (JsonNode record : page.path("records")) {
            seen.merge(record.path("id").asText(), 1, Integer::sum);
            seqs.add(record.path("seq").asLong());
        }
        return page;
    }

    /** Follows the feed, one page from each process in turn, until both say there is no more. */
    private static long drain(List<PlatformHttp> servers, String token, long cursor, Map<String, Integer> seen,
                              List<Long> seqs) {
        int quiet = 0;
        for (int turn = 0; quiet < servers.size(); turn++) {
            JsonNode page = page(servers.get(turn % servers.size()), token, cursor, seen, seqs);
            cursor = page.path("next").asLong();
            quiet = page.path("hasMore").asBoolean() || page.path("records").size() > 0 ? 0 : quiet + 1;
        }
        return cursor;
    }

    private static JsonNode find(PlatformHttp server, String token, String id) {
        PlatformHttp.Reply reply = server.get("/api/v1/sync/changes?after=0&limit=5000", token);
        assertEquals(200, reply.status(), reply.text());
        for (JsonNode record : reply.json().path("records")) {
            if (record.path("id").asText().equals(id)) {
                return record;
            }
        }
        throw new AssertionError("record " + id + " not pulled from port " + reply.response().uri().getPort());
    }
}
