package org.griddesk.platform.app;

import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_B;
import static org.griddesk.platform.app.SyncTestPlatform.batch;
import static org.griddesk.platform.app.SyncTestPlatform.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.platform.store.AccountStore;
import org.griddesk.platform.store.DatabaseSettings;
import org.griddesk.platform.store.PlatformDatabase;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.wire.SyncProtocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never lose a worker's edit, even to a record the worker had only read: an administrator takes grid B from a
 * worker whose laptop pulled a household of B written by someone else; the worker's offline edit to it reaches
 * the supervisor of B as open conflict items and leaves the laptop, because the platform remembers that the
 * worker held B. A worker who never held B is still refused, and former grids never widen a pull.
 */
class ReadOnlyRecordOfTakenGridTest {
    private static final String GRID_C = "500101001003";
    private static final String COUNTY = "500101";

    @TempDir
    static Path folder;

    private static SyncTestPlatform platform;
    private final UuidV7Generator ids = new UuidV7Generator();

    @BeforeAll
    static void start() {
        platform = new SyncTestPlatform(folder);
        platform.addUser("qian", "worker", GRID_B);
        platform.addUser("zhao", "worker", GRID_A, GRID_B);
        platform.addUser("wu", "worker", GRID_A, GRID_C);
        platform.addUser("li", "worker", GRID_A, GRID_B);
        platform.addUser("sun", "supervisor", GRID_B);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void anOfflineEditToARecordOnlyReadReachesTheSupervisorOfTheTakenGridAndLeavesTheLaptop() {
        String inB = householdWrittenByQian("二组 1 号");
        String token = platform.login("zhao", "zhao-laptop");
        TestLaptop laptop = new TestLaptop("zhao-laptop", platform.port(), token, SessionSettings.standard());
        assertTrue(laptop.sync().completed());
        assertEquals("二组 1 号", laptop.view("household", inB).field("address"), "zhao only read it");

        laptop.set("household", inB, Map.of("address", "二组 1 号之一")); // offline
        String taken = platform.setGrids("zhao", GRID_A);
        assertTrue(taken.contains("taken: [" + GRID_B + "]"), taken);
        assertTrue(laptop.sync().completed());

        List<JsonNode> items = conflictItems(inB);
        assertEquals(1, items.size(), items::toString);
        JsonNode item = items.get(0);
        assertEquals("address", item.path("field").asText());
        assertEquals("二组 1 号", item.path("base").asText());
        assertEquals("二组 1 号之一", item.path("mine").asText());
        assertEquals("二组 1 号", item.path("theirs").asText());
        assertEquals("zhao", item.path("mineAuthor").asText());
        assertEquals("qian", item.path("theirsAuthor").asText());
        assertEquals("open", item.path("status").asText());
        assertEquals(GRID_B, item.path("grid").asText());
        JsonNode record = pulledRecord(platform.login("sun", "sun-desk"), inB).orElseThrow();
        assertEquals(1, record.path("rev").asLong(), "the record itself is unchanged");
        assertEquals("二组 1 号", record.path("fields").path("address").asText());

        assertNull(laptop.view("household", inB), "the laptop let the household go");
        assertTrue(laptop.store.records().stream().map(RecordKey::id).noneMatch(inB::equals));
        assertTrue(laptop.store.outbox().isEmpty(), "the edit left the laptop only once the platform kept it");

        JsonNode page = platform.pullAll(token);
        assertTrue(pulledRecord(token, inB).isEmpty(), "a former grid never widens a pull: " + page);
        assertEquals(List.of(GRID_A), texts(page.path("grids")));
    }

    @Test
    void aWorkerWhoNeverHeldTheGridIsStillOutOfScopeAndNothingIsStored() {
        String inB = householdWrittenByQian("二组 2 号");
        platform.setGrids("wu", GRID_A); // wu held grid C once, never B
        String token = platform.login("wu", "wu-laptop");

        JsonNode result = pushAddress(token, "wu-laptop", inB, "二组 2 号（改）");

        assertEquals("rejected", result.path("status").asText(), result.toString());
        assertEquals("out_of_scope", result.path("error").path("code").asText(), result.toString());
        assertTrue(conflictItems(inB).isEmpty(), "nothing was kept");
        JsonNode record = pulledRecord(platform.login("sun", "sun-desk-2"), inB).orElseThrow();
        assertEquals(1, record.path("rev").asLong());
        assertEquals("二组 2 号", record.path("fields").path("address").asText());
        assertEquals(List.of(GRID_C), formerGrids("wu"));
    }

    @Test
    void aGridGivenBackIsForgottenAsFormerAndTakenAgainCountsOnceMore() {
        String inB = householdWrittenByQian("二组 3 号");
        String token = platform.login("li", "li-laptop");
        TestLaptop laptop = new TestLaptop("li-laptop", platform.port(), token, SessionSettings.standard());
        assertTrue(laptop.sync().completed());

        platform.setGrids("li", GRID_A);
        assertEquals(List.of(GRID_B), formerGrids("li"));
        String givenBack = platform.setGrids("li", GRID_A, GRID_B);
        assertFalse(givenBack.contains("taken"), givenBack);
        assertEquals(List.of(), formerGrids("li"), "a grid given back is no longer a former grid");
        assertTrue(laptop.sync().completed());
        assertNotNull(laptop.view("household", inB));

        platform.setGrids("li", GRID_A);
        assertEquals(List.of(GRID_B), formerGrids("li"));
        JsonNode result = pushAddress(token, "li-laptop", inB, "二组 3 号之二");

        assertEquals("rejected", result.path("status").asText(), result.toString());
        assertEquals("kept_for_review", result.path("error").path("code").asText(), result.toString());
        assertTrue(result.path("record").isMissingNode() || result.path("record").isNull(), result.toString());
        List<JsonNode> items = conflictItems(inB);
        assertEquals(1, items.size(), items::toString);
        assertEquals("二组 3 号之二", items.get(0).path("mine").asText());
        assertEquals("li", items.get(0).path("mineAuthor").asText());
    }

    /** A household of grid B created on qian's laptop: the workers under test never wrote to it. */
    private String householdWrittenByQian(String address) {
        String id = ids.nextId();
        TestLaptop laptop = new TestLaptop("qian-laptop", platform.port(), platform.login("qian", "qian-laptop"),
                SessionSettings.standard());
        laptop.set("household", id, Map.of("grid", GRID_B, "divisionCode", GRID_B, "address", address,
                "householdType", "1"));
        assertTrue(laptop.sync().completed());
        return id;
    }

    private static JsonNode pushAddress(String token, String deviceId, String householdId, String address) {
        String hlc = new Hlc(System.currentTimeMillis(), 0, deviceId).toString();
        PlatformHttp.Reply reply = platform.push(token, batch(deviceId, "b-" + householdId, SyncProtocol.SCHEMA_VERSION,
                List.of(change("household", householdId, 1, Map.of("address", address), hlc))));
        assertEquals(200, reply.status(), reply.text());
        return reply.json().path("results").get(0);
    }

    private static List<JsonNode> conflictItems(String recordId) {
        PlatformHttp.Reply reply = platform.http.get("/api/v1/review/items?kind=conflict",
                platform.login("sun", "sun-desk"));
        assertEquals(200, reply.status(), reply.text());
        List<JsonNode> found = new ArrayList<>();
        reply.json().path("items").forEach(item -> {
            if (item.path("recordId").asText().equals(recordId)) {
                found.add(item);
            }
        });
        return found;
    }

    private static Optional<JsonNode> pulledRecord(String token, String recordId) {
        return StreamSupport.stream(platform.pullAll(token).path("records").spliterator(), false)
                .filter(record -> record.path("id").asText().equals(recordId)).findFirst();
    }

    /** Read the way the platform keeps them, beside the running platform as the command line does. */
    private static List<String> formerGrids(String username) {
        try (PlatformDatabase database = PlatformDatabase.openForCommand(DatabaseSettings.embedded(folder))) {
            return new AccountStore(database.dataSource()).formerGrids(COUNTY, username);
        }
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
