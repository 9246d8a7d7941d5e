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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.griddesk.sync.clock.Hlc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker of one village in a county of many pulls their own records without being handed the rest of the county
 * a page at a time: the platform skips other grids' records before they reach a page, and the cursor moves past
 * them. A record that leaves the worker's grid is still announced to them.
 */
class ScopedPullTest {
    private static final int PAGE = 10;

    @TempDir
    static Path folder;

    private static SyncTestPlatform platform;

    @BeforeAll
    static void start() {
        platform = new SyncTestPlatform(folder);
        platform.addUser("wang", "worker", GRID_A);
        platform.addUser("zhao", "worker", GRID_B);
        platform.addUser("li", "supervisor", GRID_A, GRID_B);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aWorkerPullsTheirGridInOnePageAndHearsOfARecordThatLeftIt() {
        String wang = platform.login("wang", "wang-laptop");
        String zhao = platform.login("zhao", "zhao-laptop");
        String li = platform.login("li", "li-laptop");
        List<String> zhaos = new ArrayList<>();
        for (int round = 0; round < 3; round++) { // zhao's households come between wang's, as devices sync
            push(wang, "wang-laptop", GRID_A, 12);
            zhaos.addAll(push(zhao, "zhao-laptop", GRID_B, 1));
        }

        Pull first = pullFrom(zhao, 0);
        assertEquals(zhaos, first.ids());
        assertEquals(1, first.requests(), "39 records of the county, 3 of them zhao's: one page");
        assertEquals(39, first.cursor(), "the cursor passes the county's other records");
        assertEquals(39, pullFrom(wang, 0).ids().size() + zhaos.size(), "wang still gets all of grid A");

        String moved = zhaos.get(1);
        assertEquals(200, platform.push(li, batch("li-laptop", UUID.randomUUID().toString(), 1, List.of(
                change("household", moved, 1, Map.of("grid", GRID_A, "divisionCode", GRID_A), hlc("li-laptop")))))
                .status());
        JsonNode page = platform.http.get("/api/v1/sync/changes?after=" + first.cursor() + "&limit=" + PAGE, zhao)
                .json();
        assertEquals(1, page.path("records").size(), page.toString());
        JsonNode left = page.path("records").get(0);
        assertEquals(moved, left.path("id").asText());
        assertTrue(left.path("leftScope").asBoolean(), "the household zhao held is announced as gone: " + left);
        assertFalse(left.path("fields").has("address"), "without its fields");
    }

    private static List<String> push(String token, String device, String grid, int count) {
        List<String> ids = new ArrayList<>();
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            changes.add(change("household", id, 0, Map.of("grid", grid, "divisionCode", grid,
                    "address", "村" + i + "号", "householdType", "1"), hlc(device)));
        }
        PlatformHttp.Reply reply = platform.push(token, batch(device, UUID.randomUUID().toString(), 1, changes));
        assertEquals(200, reply.status(), reply.text());
        return ids;
    }

    private static String hlc(String device) {
        return new Hlc(System.currentTimeMillis(), 0, device).toString();
    }

    private static Pull pullFrom(String token, long after) {
        List<String> ids = new ArrayList<>();
        int requests = 0;
        long cursor = after;
        JsonNode page;
        do {
            page = platform.http.get("/api/v1/sync/changes?after=" + cursor + "&limit=" + PAGE, token).json();
            requests++;
            page.path("records").forEach(record -> ids.add(record.path("id").asText()));
            cursor = page.path("next").asLong();
        } while (page.path("hasMore").asBoolean());
        return new Pull(ids, requests, cursor);
    }

    private record Pull(List<String> ids, int requests, long cursor) {
    }
}
