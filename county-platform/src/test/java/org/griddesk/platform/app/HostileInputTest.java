package org.griddesk.platform.app;

import static org.griddesk.platform.app.HostileRequests.assertEveryChangeRejected;
import static org.griddesk.platform.app.HostileRequests.assertRefused;
import static org.griddesk.platform.app.HostileRequests.json;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_B;
import static org.griddesk.platform.app.SyncTestPlatform.batch;
import static org.griddesk.platform.app.SyncTestPlatform.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.clock.Hlc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixed cases of the hostile input suite (the fuzz is {@link HostileInputFuzzTest}): each gets a clear 4xx
 * in the stable error shape, or, inside a push, a rejection of the hostile change alone; nothing stored changes,
 * the platform stays up, and its log never holds a password or an identity number it was sent.
 */
class HostileInputTest {
    private static final String SECRET_PASSWORD = "hunter2-秘密-password";
    private static final String IDENTITY = SyncTestPlatform.identityNumber(321);

    @TempDir
    static Path folder;

    private static SyncTestPlatform platform;
    private static HostileRequests requests;
    private static LogCapture log;
    private static String wang;
    private static String admin;
    private final UuidV7Generator ids = new UuidV7Generator();
    private JsonNode storedBefore;

    @BeforeAll
    static void start() {
        log = new LogCapture();
        platform = new SyncTestPlatform(folder);
        platform.addUser("wang", "worker", GRID_A);
        platform.addUser("admin", "admin");
        wang = platform.login("wang", "wang-1");
        admin = platform.login("admin", "admin-1");
        requests = new HostileRequests(platform.port());
        String seeded = new UuidV7Generator().nextId();
        assertEquals(200, platform.push(wang, batch("wang-1", "seed", 1, List.of(change("issue", seeded, 0,
                Map.of("grid", GRID_A, "title", "已有事件"), hlc())))).status());
    }

    @AfterAll
    static void stop() {
        try {
            if (platform != null) {
                platform.close();
            }
        } finally {
            log.close();
        }
        String text = log.text();
        assertTrue(text.contains("POST /api/v1/auth/login 401"), "the capture saw the platform's log");
        assertFalse(text.contains(SECRET_PASSWORD), "a password was logged");
        assertFalse(text.contains(IDENTITY), "an identity number was logged");
    }

    @BeforeEach
    void rememberStoredState() {
        storedBefore = platform.pullAll(admin);
    }

    @AfterEach
    void nothingStoredChangedAndThePlatformIsUp() {
        assertEquals(200, platform.http.get("/health", null).status());
        assertEquals(storedBefore, platform.pullAll(admin));
    }

    @Test
    void malformedEmptyAndWronglyTypedBodies() {
        for (String body : List.of("", "{", "{\"deviceId\":", "null", "[]", "42", "\"text\"", "{\"changes\":\"x\"}",
                "{\"deviceId\":\"wang-1\",\"batchId\":\"b\",\"schemaVersion\":[],\"changes\":[]}",
                "{\"deviceId\":\"wang-1\",\"batchId\":\"b\",\"schemaVersion\":1,\"changes\":[{\"baseRev\":\"abc\"}]}",
                "{\"deviceId\":\"wang-1\",\"batchId\":\"b\",\"schemaVersion\":1,\"changes\":[null]}",
                "\u0000\u0001\u0002", "{\"deviceId\":\"wang-1\"}garbage")) {
            assertRefused(requests.post("/api/v1/sync/push", body, wang), "push " + body);
        }
        for (String body : List.of("", "{", "[]", "{\"username\":[],\"password\":\"x\",\"deviceId\":\"d\"}",
                "{\"username\":\"wang\",\"password\":{},\"deviceId\":\"d\"}")) {
            assertRefused(requests.post("/api/v1/auth/login", body, null), "login " + body);
        }
    }

    @Test
    void duplicateKeysAreRefusedNotResolvedSilently() {
        assertRefused(requests.post("/api/v1/sync/push", "{\"deviceId\":\"wang-1\",\"deviceId\":\"li-1\","
                + "\"batchId\":\"dup\",\"schemaVersion\":1,\"changes\":[]}", wang), "duplicate deviceId");
        assertRefused(requests.post("/api/v1/auth/login", "{\"username\":\"wang\",\"username\":\"admin\","
                + "\"password\":\"" + SECRET_PASSWORD + "\",\"deviceId\":\"d\"}", null), "duplicate username");
    }

    @Test
    void oversizedDeepAndCompressedBombBodies() {
        String big = "{\"deviceId\":\"wang-1\",\"batchId\":\"big\",\"schemaVersion\":1,\"changes\":[],\"pad\":\""
                + "x".repeat(1_100_000) + "\"}";
        PlatformHttp.Reply tooLarge = requests.post("/api/v1/sync/push", big, wang);
        assertRefused(tooLarge, "oversized");
        assertEquals(413, tooLarge.status());
        assertEquals("too_large", tooLarge.errorCode());

        byte[] spaces = new byte[30_000_000];
        java.util.Arrays.fill(spaces, (byte) ' ');
        byte[] bomb = HostileRequests.gzip(spaces);
        PlatformHttp.Reply bombed = requests.send("POST", "/api/v1/sync/push", bomb, wang,
                Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"));
        assertEquals(413, bombed.status(), bombed.text());

        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertRefused(requests.post("/api/v1/sync/push", "{\"deviceId\":\"wang-1\",\"batchId\":\"deep\","
                + "\"schemaVersion\":1,\"changes\":[],\"x\":" + deep + "}", wang), "5000 deep");

        PlatformHttp.Reply brotli = requests.send("POST", "/api/v1/sync/push", "{}".getBytes(StandardCharsets.UTF_8),
                wang, Map.of("Content-Type", "application/json", "Content-Encoding", "br"));
        assertRefused(brotli, "unknown encoding");
        assertEquals("unsupported_encoding", brotli.errorCode());
    }

    @Test
    void hostileTextInIdsTypesFieldNamesAndGridCodesIsRejectedPerChange() {
        List<String> hostile = List.of("' OR '1'='1", "1; DROP TABLE records; --", "../../../etc/passwd",
                "..\\..\\windows\\system32", "%00", "\u0000", "\u0007\u001b[2J", "{}", "<script>alert(1)</script>",
                "x".repeat(5000), "\uD83D\uDE00", "\u202Eevil");
        List<Object> changes = new ArrayList<>();
        for (String text : hostile) {
            changes.add(change("issue", text, 0, Map.of("grid", GRID_A, "title", "x"), hlc()));
            changes.add(change(text, ids.nextId(), 0, Map.of("grid", GRID_A, "title", "x"), hlc()));
            changes.add(change("issue", ids.nextId(), 0, Map.of("grid", GRID_A, "title", "x", text, "v"), hlc()));
            changes.add(change("issue", ids.nextId(), 0, Map.of("grid", text, "title", "x"), hlc()));
            changes.add(change("issue", ids.nextId(), 0, Map.of("grid", GRID_A + text, "title", "x"), hlc()));
        }
        PlatformHttp.Reply reply = platform.push(wang, batch("wang-1", ids.nextId(), 1, changes));
        assertEveryChangeRejected(reply, "hostile text");
        assertEquals(changes.size(), reply.json().path("results").size());
    }

    @Test
    void hugeNamesAndValuesAndSecretsInRecords() {
        Map<String, Object> secret = new HashMap<>(Map.of("grid", GRID_A, "title", "x"));
        secret.put("password", SECRET_PASSWORD);
        Map<String, Object> wrongIdentity = new LinkedHashMap<>(Map.of("grid", GRID_A, "householdId", ids.nextId(),
                "name", "张三", "sex", "2", "birthDate", "1980-01-01", "relation", "02", "idNumber", IDENTITY));
        List<Object> changes = List.of(
                change("issue", ids.nextId(), 0, Map.of("grid", GRID_A, "t".repeat(100_000), "v"), hlc()),
                change("issue", ids.nextId(), 0, Map.of("grid", GRID_A, "title", "值".repeat(200_000)), hlc()),
                change("issue", ids.nextId(), 0, Map.of("grid", GRID_A, "photos",
                        java.util.Collections.nCopies(5000, "p")), hlc()),
                change("issue", ids.nextId(), 0, secret, hlc()),
                change("resident", ids.nextId(), 0, wrongIdentity, hlc()));
        PlatformHttp.Reply reply = platform.push(wang, batch("wang-1", ids.nextId(), 1, changes));
        assertEveryChangeRejected(reply, "huge and secret");
        assertFalse(reply.text().contains(SECRET_PASSWORD));
        assertFalse(reply.text().contains(IDENTITY), "the answer does not echo the identity number");
        assertRefused(platform.http.login("u".repeat(10_000), SECRET_PASSWORD), "huge username");
    }

    @Test
    void cursorAndLimitAbuse() {
        for (String query : List.of("after=-1", "after=abc", "after=1%3BDROP%20TABLE%20records", "after=9999999999999999999",
                "limit=0", "limit=-5", "limit=5001", "limit=99999999999", "limit=1e3", "after=%00",
                "after=0&limit=%27%20OR%201=1")) {
            assertRefused(platform.http.get("/api/v1/sync/changes?" + query, wang), query);
        }
        assertRefused(platform.http.get("/api/v1/review/items?status=%27%20OR%201%3D1", admin), "review status");
        assertRefused(platform.http.get("/api/v1/review/items?kind=../../x", admin), "review kind");
    }

    @Test
    void tokensAfterSignOutAndMadeUpOnesOpenNothing() {
        String token = platform.login("wang", "wang-2");
        assertEquals(204, platform.http.post("/api/v1/auth/logout", "", token).status());
        List<String> tokens = List.of(token, "made-up", "x".repeat(10_000), "' OR 1=1 --");
        for (String used : tokens) {
            assertRefused(platform.http.get("/api/v1/auth/me", used), "me");
            assertRefused(platform.http.get("/api/v1/sync/changes?after=0", used), "pull");
            assertRefused(platform.push(used, batch("wang-2", ids.nextId(), 1, List.of(change("issue", ids.nextId(), 0,
                    Map.of("grid", GRID_A, "title", "x"), hlc())))), "push");
            assertRefused(platform.http.post("/api/v1/auth/logout", "", used), "logout");
        }
        assertEquals(401, platform.http.get("/api/v1/auth/me", token).status());
    }

    @Test
    void requestsForOtherGridsAndOtherDevices() {
        PlatformHttp.Reply other = platform.push(wang, batch("wang-1", ids.nextId(), 1, List.of(
                change("issue", ids.nextId(), 0, Map.of("grid", GRID_B, "title", "别人的"), hlc()))));
        assertEveryChangeRejected(other, "other grid");
        assertEquals("out_of_scope", other.json().path("results").get(0).path("error").path("code").asText());
        assertRefused(platform.push(wang, batch("li-1", ids.nextId(), 1, List.of())), "another device's batch");
        assertRefused(platform.http.get("/api/v1/review/items", wang), "a worker reviewing");
    }

    @Test
    void unknownRoutesMethodsAndPaths() {
        assertRefused(platform.http.get("/api/v1/nothing-here", wang), "unknown route");
        assertRefused(requests.send("DELETE", "/api/v1/sync/push", null, wang, Map.of()), "wrong method");
        assertRefused(platform.http.get("/api/v1/sync/%2e%2e/%2e%2e/etc/passwd", wang), "encoded traversal");
    }

    @Test
    void loginBruteForceIsThrottledWithRetryAfter() {
        platform.addUser("brute", "worker", GRID_A);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, platform.http.login("brute", SECRET_PASSWORD + attempt).status());
        }
        PlatformHttp.Reply throttled = platform.http.login("brute", SECRET_PASSWORD);
        assertRefused(throttled, "brute force");
        assertEquals(429, throttled.status());
        assertTrue(Long.parseLong(throttled.header("Retry-After")) > 0);
        assertRefused(requests.post("/api/v1/auth/login", "{\"username\":\"wang\\u0000\",\"password\":\""
                + SECRET_PASSWORD + "\",\"deviceId\":\"d\"}", null), "NUL in the name");
    }

    @Test
    void aReusedBatchIdWithOtherChangesIsAConflict() {
        String batchId = ids.nextId();
        List<Object> none = List.of();
        assertEquals(200, platform.push(wang, batch("wang-1", batchId, 1, none)).status());
        PlatformHttp.Reply reused = platform.push(wang, batch("wang-1", batchId, 1, List.of(change("issue",
                ids.nextId(), 0, Map.of("grid", GRID_A, "title", "新的"), hlc()))));
        assertRefused(reused, "reused batch id");
        assertEquals(409, reused.status());
        assertEquals("batch_id_reused", reused.errorCode());
    }

    private static String hlc() {
        return new Hlc(System.currentTimeMillis(), 0, "wang-1").toString();
    }
}
