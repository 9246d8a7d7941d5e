package org.griddesk.platform.app;

import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.SessionSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never lose a worker's edit: edits made offline to a grid the administrator then takes away reach the
 * supervisors of that grid as conflict review items, and only then leave the laptop; a worker left without
 * any grid is told so (grids []) and the laptop lets go of everything.
 */
class EditKeptForReviewTest {
    @TempDir
    static Path folder;

    private static SyncTestPlatform platform;
    private final UuidV7Generator ids = new UuidV7Generator();

    @BeforeAll
    static void start() {
        platform = new SyncTestPlatform(folder);
        platform.addUser("zhao", "worker", GRID_A, GRID_B);
        platform.addUser("wu", "worker", GRID_A);
        platform.addUser("sun", "supervisor", GRID_B);
        platform.addUser("chen", "supervisor", GRID_A);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void anOfflineEditOfAGridTakenAwayReachesThatGridsSupervisorAndLeavesTheLaptop() {
        String token = platform.login("zhao", "zhao-laptop");
        TestLaptop laptop = new TestLaptop("zhao-laptop", platform.port(), token, SessionSettings.standard());
        String inB = ids.nextId();
        laptop.set("household", inB, household(GRID_B, "二组 1 号"));
        assertTrue(laptop.sync().completed());

        laptop.set("household", inB, Map.of("address", "二组 1 号之一")); // offline
        platform.setGrids("zhao", GRID_A);
        assertTrue(laptop.sync().completed());

        List<JsonNode> items = conflictItems(platform.login("sun", "sun-desk"), inB);
        assertEquals(1, items.size(), items::toString);
        JsonNode item = items.get(0);
        assertEquals("address", item.path("field").asText());
        assertEquals("二组 1 号", item.path("base").asText());
        assertEquals("二组 1 号之一", item.path("mine").asText());
        assertEquals("二组 1 号", item.path("theirs").asText());
        assertEquals("theirs", item.path("kept").asText());
        assertEquals("zhao", item.path("mineAuthor").asText());
        assertEquals("open", item.path("status").asText());
        assertEquals(GRID_B, item.path("grid").asText());
        assertNull(laptop.view("household", inB), "the laptop no longer holds grid B's household");
        assertTrue(laptop.store.records().stream().map(RecordKey::id).noneMatch(inB::equals));
        assertTrue(laptop.store.outbox().isEmpty(), "the edit left the laptop only once the platform kept it");
    }

    @Test
    void aWorkerLeftWithoutGridsPullsAnEmptyPageAndTheLaptopLetsGoOfEverything() {
        String token = platform.login("wu", "wu-laptop");
        TestLaptop laptop = new TestLaptop("wu-laptop", platform.port(), token, SessionSettings.standard());
        String kept = ids.nextId();
        String untouched = ids.nextId();
        laptop.set("household", kept, household(GRID_A, "一组 7 号"));
        laptop.set("household", untouched, household(GRID_A, "一组 8 号"));
        assertTrue(laptop.sync().completed());
        laptop.set("household", kept, Map.of("address", "一组 7 号（新）"));

        platform.setGrids("wu");
        JsonNode page = platform.pullAll(token);
        assertEquals(0, page.path("records").size());
        assertTrue(page.path("grids").isArray() && page.path("grids").isEmpty(), page::toString);
        assertTrue(laptop.sync().completed());

        assertTrue(laptop.store.records().isEmpty(), () -> laptop.store.records().toString());
        assertTrue(laptop.store.outbox().isEmpty());
        List<JsonNode> items = conflictItems(platform.login("chen", "chen-desk"), kept);
        assertEquals(1, items.size(), items::toString);
        assertEquals("一组 7 号（新）", items.get(0).path("mine").asText());
    }

    private static Map<String, Object> household(String grid, String address) {
        return Map.of("grid", grid, "divisionCode", grid, "address", address, "householdType", "1");
    }

    private static List<JsonNode> conflictItems(String supervisorToken, String recordId) {
        PlatformHttp.Reply reply = platform.http.get("/api/v1/review/items?kind=conflict", supervisorToken);
        assertEquals(200, reply.status(), reply.text());
        List<JsonNode> found = new ArrayList<>();
        reply.json().path("items").forEach(item -> {
            if (item.path("recordId").asText().equals(recordId)) {
                found.add(item);
            }
        });
        return found;
    }
}
