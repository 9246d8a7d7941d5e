package org.griddesk.platform.app;

import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_B;
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
import java.util.Optional;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.clock.Hlc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Push and pull over real HTTP against the real PostgreSQL store: scope, validation, replay, refusals. */
class SyncApiTest {
    @TempDir
    static Path folder;

    private static SyncTestPlatform platform;
    private static String wang;
    private static String li;
    private static String zhao;
    private static String admin;
    private static String supervisor;
    private final UuidV7Generator ids = new UuidV7Generator();

    @BeforeAll
    static void start() {
        platform = new SyncTestPlatform(folder);
        platform.addUser("wang", "worker", GRID_A);
        platform.addUser("li", "worker", GRID_B);
        platform.addUser("zhao", "worker", GRID_A, GRID_B);
        platform.addUser("nogrid", "worker");
        platform.addUser("chen", "supervisor", GRID_A);
        platform.addUser("admin", "admin");
        wang = platform.login("wang", "wang-1");
        li = platform.login("li", "li-1");
        zhao = platform.login("zhao", "zhao-1");
        admin = platform.login("admin", "admin-1");
        supervisor = platform.login("chen", "chen-1");
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void syncNeedsAValidToken() {
        PlatformHttp.Reply push = platform.push(null, batch("wang-1", "b", 1, List.of()));
        assertEquals(401, push.status());
        assertEquals("unauthorized", push.errorCode());
        assertEquals(401, platform.http.get("/api/v1/sync/changes", "made-up").status());
    }

    @Test
    void anOlderSchemaIsToldToUpdateAndNothingChanges() {
        String id = ids.nextId();
        PlatformHttp.Reply reply = platform.push(wang, batch("wang-1", "old-1", 0,
                List.of(issue(id, GRID_A, "wang-1", "旧版本"))));
        assertEquals(426, reply.status(), reply.text());
        assertEquals("schema_too_old", reply.errorCode());
        assertTrue(reply.json().path("error").path("message").asText().contains("请先更新 GridDesk"));
        assertTrue(find(platform.pullAll(admin), id).isEmpty());
    }

    @Test
    void aReplayedBatchGetsTheStoredAnswerAndChangesNothing() {
        String id = ids.nextId();
        Object first = batch("wang-1", "replay-1", 1, List.of(issue(id, GRID_A, "wang-1", "路灯坏了")));
        PlatformHttp.Reply answer = platform.push(wang, first);
        assertEquals(200, answer.status(), answer.text());
        JsonNode before = platform.pullAll(admin);

        PlatformHttp.Reply replay = platform.push(wang, first);
        Object altered = batch("wang-1", "replay-1", 1, List.of(issue(id, GRID_A, "wang-1", "已改")));
        PlatformHttp.Reply alteredReplay = platform.push(wang, altered);

        assertEquals(answer.json(), replay.json());
        assertEquals(409, alteredReplay.status(), "other changes under a judged batch id are not dropped silently");
        assertEquals("batch_id_reused", alteredReplay.errorCode());
        JsonNode after = platform.pullAll(admin);
        assertEquals(before.path("next").asLong(), after.path("next").asLong(), "no new seq");
        assertEquals(1, find(after, id).orElseThrow().path("rev").asLong());
        assertEquals("路灯坏了", find(after, id).orElseThrow().path("fields").path("title").asText());
    }

    @Test
    void aWorkerNeitherReadsNorWritesAnotherGrid() {
        String theirs = ids.nextId();
        assertEquals("applied", status(platform.push(li, batch("li-1", ids.nextId(), 1,
                List.of(issue(theirs, GRID_B, "li-1", "李的事件"))))));
        String mine = ids.nextId();
        assertEquals("applied", status(platform.push(wang, batch("wang-1", ids.nextId(), 1,
                List.of(issue(mine, GRID_A, "wang-1", "王的事件"))))));

        assertTrue(find(platform.pullAll(wang), theirs).isEmpty(), "pull never returns another grid's record");
        JsonNode edit = platform.push(wang, batch("wang-1", ids.nextId(), 1, List.of(
                change("issue", theirs, 1, Map.of("title", "改别人的"), hlc("wang-1")),
                issue(ids.nextId(), GRID_B, "wang-1", "建到别的网格"),
                change("issue", mine, 1, Map.of("grid", GRID_B), hlc("wang-1"))))).json();
        for (JsonNode result : edit.path("results")) {
            assertEquals("rejected", result.path("status").asText());
            assertEquals("out_of_scope", result.path("error").path("code").asText());
        }
        JsonNode stored = find(platform.pullAll(li), theirs).orElseThrow();
        assertEquals(1, stored.path("rev").asLong());
        assertEquals("李的事件", stored.path("fields").path("title").asText());
        assertEquals(GRID_A, find(platform.pullAll(wang), mine).orElseThrow().path("fields").path("grid").asText());
    }

    @Test
    void aRecordMovedToAnotherGridIsAnnouncedAsLeaving() {
        String id = ids.nextId();
        platform.push(wang, batch("wang-1", ids.nextId(), 1, List.of(issue(id, GRID_A, "wang-1", "要移走的"))));
        long cursor = platform.pullAll(wang).path("next").asLong();
        assertEquals("applied", status(platform.push(zhao, batch("zhao-1", ids.nextId(), 1,
                List.of(change("issue", id, 1, Map.of("grid", GRID_B), hlc("zhao-1")))))));

        JsonNode page = platform.http.get("/api/v1/sync/changes?after=" + cursor, wang).json();
        JsonNode left = find(page, id).orElseThrow();
        assertTrue(left.path("leftScope").asBoolean());
        assertTrue(left.path("fields").isEmpty(), "no personal data travels with a leaving record");
    }

    @Test
    void anInvalidChangeIsRejectedAloneAndTheStoredRecordStays() {
        String household = ids.nextId();
        String bad = ids.nextId();
        String good = ids.nextId();
        Map<String, Object> badFields = resident(household, SyncTestPlatform.identityNumber(1));
        badFields.put("idNumber", "500101198001010012");
        JsonNode results = platform.push(wang, batch("wang-1", ids.nextId(), 1, List.of(
                change("resident", bad, 0, badFields, hlc("wang-1")),
                change("resident", good, 0, resident(household, null), hlc("wang-1"))))).json().path("results");

        assertEquals("rejected", results.get(0).path("status").asText());
        assertEquals("invalid_field", results.get(0).path("error").path("code").asText());
        assertTrue(results.get(0).path("error").path("message").asText().contains("身份证号"),
                results.get(0).toString());
        assertEquals("applied", results.get(1).path("status").asText());

        JsonNode phone = platform.push(wang, batch("wang-1", ids.nextId(), 1, List.of(
                change("resident", good, 1, Map.of("phone", "12345"), hlc("wang-1"))))).json().path("results").get(0);
        assertEquals("invalid_field", phone.path("error").path("code").asText());
        assertTrue(phone.path("error").path("message").asText().contains("联系电话"), phone.toString());
        JsonNode stored = find(platform.pullAll(wang), good).orElseThrow();
        assertEquals(1, stored.path("rev").asLong());
        assertTrue(stored.path("fields").path("phone").isMissingNode());
        assertTrue(find(platform.pullAll(wang), bad).isEmpty());
    }

    @Test
    void aChangePostgresCannotStoreIsRejectedAloneAlsoOnReplay() {
        String broken = ids.nextId();
        String fine = ids.nextId();
        Object request = batch("wang-1", ids.nextId(), 1, List.of(issue(fine, GRID_A, "wang-1", "正常"),
                issue(broken, GRID_A, "wang-1", "带\u0000空字符")));
        PlatformHttp.Reply answer = platform.push(wang, request);

        assertEquals(200, answer.status(), answer.text());
        JsonNode results = answer.json().path("results");
        assertEquals("applied", results.get(0).path("status").asText());
        assertEquals(broken, results.get(1).path("id").asText());
        assertEquals("invalid_change", results.get(1).path("error").path("code").asText());
        assertEquals(answer.json(), platform.push(wang, request).json());
        assertTrue(find(platform.pullAll(wang), fine).isPresent());
        assertTrue(find(platform.pullAll(wang), broken).isEmpty());
    }

    @Test
    void aResidentInTwoHouseholdsIsKeptAndQueuedAsAPossibleDuplicate() {
        String idNumber = SyncTestPlatform.identityNumber(7);
        String first = ids.nextId();
        String second = ids.nextId();
        assertEquals("applied", status(platform.push(wang, batch("wang-1", ids.nextId(), 1,
                List.of(change("resident", first, 0, resident(ids.nextId(), idNumber), hlc("wang-1")))))));
        JsonNode result = platform.push(wang, batch("wang-1", ids.nextId(), 1, List.of(change("resident", second, 0,
                resident(ids.nextId(), idNumber), hlc("wang-1"))))).json().path("results").get(0);

        assertEquals("duplicate", result.path("status").asText(), result.toString());
        assertEquals(1, result.path("rev").asLong());
        String note = result.path("error").path("message").asText();
        assertTrue(note.contains("另一户"), note);
        assertFalse(note.contains(idNumber.substring(6)), "the note never repeats the identity number");
        assertTrue(find(platform.pullAll(wang), second).isPresent(), "a possible duplicate is kept");

        JsonNode items = platform.http.get("/api/v1/review/items?status=open&kind=duplicate", supervisor).json();
        JsonNode item = findItem(items, second).orElseThrow();
        assertEquals(first, item.path("otherRecordId").asText());
        assertEquals("householdId", item.path("field").asText());
        assertEquals("open", item.path("status").asText());
        assertTrue(findItem(platform.http.get("/api/v1/review/items?kind=conflict", supervisor).json(), second)
                .isEmpty());
        String elsewhere = ids.nextId();
        Map<String, Object> inGridB = resident(ids.nextId(), idNumber);
        inGridB.put("grid", GRID_B);
        assertEquals("duplicate", status(platform.push(li, batch("li-1", ids.nextId(), 1,
                List.of(change("resident", elsewhere, 0, inGridB, hlc("li-1")))))));
        assertTrue(findItem(platform.http.get("/api/v1/review/items?kind=duplicate", supervisor).json(), elsewhere)
                .isEmpty(), "a supervisor reviews only its own grids");
        assertTrue(findItem(platform.http.get("/api/v1/review/items?kind=duplicate", admin).json(), elsewhere)
                .isPresent(), "an administrator reviews the whole county");
        PlatformHttp.Reply worker = platform.http.get("/api/v1/review/items", wang);
        assertEquals(403, worker.status());
        assertEquals("out_of_scope", worker.errorCode());
    }

    @Test
    void pagesFollowTheCursorWithinLimits() {
        for (int i = 0; i < 3; i++) {
            platform.push(li, batch("li-1", ids.nextId(), 1,
                    List.of(issue(ids.nextId(), GRID_B, "li-1", "分页" + i))));
        }
        long cursor = 0;
        int pages = 0;
        boolean more = true;
        while (more) {
            JsonNode page = platform.http.get("/api/v1/sync/changes?after=" + cursor + "&limit=1", li).json();
            assertTrue(page.path("next").asLong() >= cursor);
            cursor = page.path("next").asLong();
            more = page.path("hasMore").asBoolean();
            pages++;
        }
        assertTrue(pages >= 3);
        assertEquals(400, platform.http.get("/api/v1/sync/changes?limit=5001", li).status());
        assertEquals("invalid_request", platform.http.get("/api/v1/sync/changes?after=x", li).errorCode());
        PlatformHttp.Reply noGrid = platform.http.get("/api/v1/sync/changes",
                platform.login("nogrid", "nogrid-1"));
        // an account left without grids learns so (grids []) instead of being refused, so its devices let go
        assertEquals(200, noGrid.status());
        assertEquals(0, noGrid.json().path("records").size());
        assertTrue(noGrid.json().path("grids").isArray());
        assertEquals(0, noGrid.json().path("grids").size());
        assertFalse(noGrid.json().path("hasMore").asBoolean());
    }

    @Test
    void aBatchInTheNameOfAnotherDeviceIsRefused() {
        PlatformHttp.Reply reply = platform.push(wang, batch("someone-else", "x", 1, List.of()));
        assertEquals(400, reply.status());
        assertEquals("invalid_request", reply.errorCode());
        assertEquals("invalid_request", platform.http.post("/api/v1/sync/push", "{\"changes\": 3", wang).errorCode());
    }

    private static Map<String, Object> issue(String id, String grid, String device, String title) {
        return change("issue", id, 0, Map.of("grid", grid, "title", title), hlc(device));
    }

    private static Map<String, Object> resident(String household, String idNumber) {
        Map<String, Object> fields = new HashMap<>(Map.of("grid", GRID_A, "householdId", household, "name", "张三",
                "sex", "1", "birthDate", "1980-01-01", "relation", "02"));
        if (idNumber != null) {
            fields.put("idNumber", idNumber);
        }
        return fields;
    }

    private static String hlc(String device) {
        return new Hlc(System.currentTimeMillis(), 0, device).toString();
    }

    private static String status(PlatformHttp.Reply reply) {
        assertEquals(200, reply.status(), reply.text());
        return reply.json().path("results").get(0).path("status").asText();
    }

    private static Optional<JsonNode> find(JsonNode page, String id) {
        for (JsonNode record : page.path("records")) {
            if (record.path("id").asText().equals(id)) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findItem(JsonNode items, String recordId) {
        for (JsonNode item : items.path("items")) {
            if (item.path("recordId").asText().equals(recordId)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
