package org.griddesk.platform.app;

import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.griddesk.platform.app.SyncTestPlatform.batch;
import static org.griddesk.platform.app.SyncTestPlatform.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.clock.Hlc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings of the attacker's probe of the push, each pinned: one bad change is refused alone with
 * {@code invalid_field} and a reason, the valid changes of its batch are stored, and nothing of the bad one is.
 */
class HostilePushTest {
    @TempDir
    static Path folder;

    private static SyncTestPlatform platform;
    private static String wang;
    private static String admin;
    private final UuidV7Generator ids = new UuidV7Generator();

    @BeforeAll
    static void start() {
        platform = new SyncTestPlatform(folder);
        platform.addUser("wang", "worker", GRID_A);
        platform.addUser("admin", "admin");
        wang = platform.login("wang", "wang-1");
        admin = platform.login("admin", "admin-1");
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aFieldNestedNineHundredDeepIsRefusedAloneAndTheValidChangeOfItsBatchIsStored() {
        String deepId = ids.nextId();
        String validId = ids.nextId();
        String deep = "{\"a\":".repeat(900) + "1" + "}".repeat(900);
        String body = "{\"deviceId\":\"wang-1\",\"batchId\":\"" + ids.nextId() + "\",\"schemaVersion\":1,\"changes\":["
                + "{\"type\":\"issue\",\"id\":\"" + deepId + "\",\"baseRev\":0,\"set\":{\"grid\":\"" + GRID_A
                + "\",\"title\":\"深\",\"description\":" + deep + "},\"hlc\":\"" + hlc() + "\"},"
                + "{\"type\":\"issue\",\"id\":\"" + validId + "\",\"baseRev\":0,\"set\":{\"grid\":\"" + GRID_A
                + "\",\"title\":\"路灯坏了\"},\"hlc\":\"" + hlc() + "\"}]}";

        PlatformHttp.Reply reply = platform.http.post("/api/v1/sync/push", body, wang);

        assertEquals(200, reply.status(), reply.text());
        JsonNode results = reply.json().path("results");
        assertEquals("rejected", results.get(0).path("status").asText());
        assertEquals("invalid_field", results.get(0).path("error").path("code").asText());
        assertEquals("applied", results.get(1).path("status").asText());
        JsonNode all = platform.pullAll(admin);
        assertTrue(has(all, validId));
        assertFalse(has(all, deepId));
    }

    @Test
    void aDeleteIsValidatedLikeAnyChangeAndScopeComparesWholeGridCodes() {
        String password = ids.nextId();
        String badIdentity = ids.nextId();
        String injectedGrid = ids.nextId();
        List<Map<String, Object>> tombstones = List.of(
                tombstone("issue", password, Map.of("grid", GRID_A, "password", "123456")),
                tombstone("resident", badIdentity, Map.of("grid", GRID_A, "idNumber", "12345")),
                tombstone("issue", injectedGrid, Map.of("grid", GRID_A + "' OR 1=1 --")));

        JsonNode results = push(tombstones);

        for (int i = 0; i < 3; i++) {
            assertEquals("rejected", results.get(i).path("status").asText(), results.get(i).toString());
        }
        assertEquals("invalid_field", results.get(0).path("error").path("code").asText());
        assertEquals("invalid_field", results.get(1).path("error").path("code").asText());
        assertTrue(List.of("invalid_field", "out_of_scope").contains(results.get(2).path("error").path("code").asText()));
        assertFalse(results.toString().contains("12345\""), "the refused identity number is not echoed");
        JsonNode all = platform.pullAll(admin);
        for (String id : List.of(password, badIdentity, injectedGrid)) {
            assertFalse(has(all, id), id);
        }
    }

    @Test
    void aPlainDeleteStaysPossible() {
        String id = ids.nextId();
        assertEquals("applied", push(List.of(change("issue", id, 0, Map.of("grid", GRID_A, "title", "旧"), hlc())))
                .get(0).path("status").asText());
        String neverSynced = ids.nextId();
        JsonNode results = push(List.of(tombstone("issue", id, 1, Map.of()),
                tombstone("resident", neverSynced, 0, Map.of("grid", GRID_A))));
        for (JsonNode result : results) {
            assertEquals("applied", result.path("status").asText(), results.toString());
            assertTrue(result.path("record").path("deleted").asBoolean());
        }
    }

    @Test
    void valuesOfNoFieldsShapeAreInvalidFieldsWithAReason() {
        List<Map<String, Object>> changes = List.of(
                change("issue", ids.nextId(), 0, Map.of("grid", GRID_A, "title", Map.of("a", Map.of("b", "c"))), hlc()),
                change("issue", ids.nextId(), 0, Map.of("grid", GRID_A, "title", "x", "photos", List.of(1, 2, 3)), hlc()),
                change("issue", ids.nextId(), 0, Map.of("grid", GRID_A, "title", "x",
                        "location", Map.of("lon", 500, "lat", 30)), hlc()));

        JsonNode results = push(changes);

        for (JsonNode result : results) {
            assertEquals("rejected", result.path("status").asText());
            assertEquals("invalid_field", result.path("error").path("code").asText(), result.toString());
            assertFalse(result.path("error").path("message").asText().isBlank());
        }
    }

    @Test
    void recordIdsAreUuidsAndFieldNamesHaveLimits() {
        List<String> badIds = List.of("1' OR '1'='1", "../../etc/passwd", "{}", "a\u0007b", "x".repeat(300));
        List<Map<String, Object>> changes = new java.util.ArrayList<>();
        badIds.forEach(id -> changes.add(change("issue", id, 0, Map.of("grid", GRID_A, "title", "x"), hlc())));
        changes.add(change("issue", ids.nextId(), 0, Map.of("grid", GRID_A, "title", "x", "n".repeat(10_000), "v"),
                hlc()));
        changes.add(change("issue", ids.nextId(), 0, Map.of("grid", GRID_A, "title", "长".repeat(10_001)), hlc()));

        JsonNode results = push(changes);

        assertEquals(changes.size(), results.size());
        for (JsonNode result : results) {
            assertEquals("invalid_field", result.path("error").path("code").asText(), result.toString());
        }
        JsonNode all = platform.pullAll(admin);
        for (String id : badIds) {
            assertFalse(has(all, id), id);
        }
    }

    @Test
    void aBodyOverTheSizeLimitIsTooLargeNotInvalidJson() {
        String huge = "长".repeat(400_000); // 1.2 MB in UTF-8
        PlatformHttp.Reply reply = platform.push(wang, batch("wang-1", ids.nextId(), 1,
                List.of(change("issue", ids.nextId(), 0, Map.of("grid", GRID_A, "title", huge), hlc()))));
        assertEquals(413, reply.status(), reply.text());
        assertEquals("too_large", reply.errorCode());
    }

    @Test
    void aNulInTheLoginNameOrDeviceIdIsAnInvalidFieldNotAFailure() {
        PlatformHttp.Reply name = platform.http.post("/api/v1/auth/login",
                "{\"username\":\"wa\\u0000ng\",\"password\":\"x\",\"deviceId\":\"d\"}", null);
        PlatformHttp.Reply device = platform.http.post("/api/v1/auth/login",
                "{\"username\":\"wang\",\"password\":\"x\",\"deviceId\":\"d\\u0000\"}", null);
        assertEquals(400, name.status(), name.text());
        assertEquals("invalid_field", name.errorCode());
        assertEquals(400, device.status(), device.text());
        assertEquals("invalid_field", device.errorCode());
    }

    private JsonNode push(List<Map<String, Object>> changes) {
        PlatformHttp.Reply reply = platform.push(wang, batch("wang-1", ids.nextId(), 1, changes));
        assertEquals(200, reply.status(), reply.text());
        return reply.json().path("results");
    }

    private static Map<String, Object> tombstone(String type, String id, Map<String, Object> set) {
        return tombstone(type, id, 0, set);
    }

    private static Map<String, Object> tombstone(String type, String id, long baseRev, Map<String, Object> set) {
        Map<String, Object> change = new HashMap<>(change(type, id, baseRev, set, hlc()));
        change.put("delete", true);
        return change;
    }

    private static String hlc() {
        return new Hlc(System.currentTimeMillis(), 0, "wang-1").toString();
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
