package org.griddesk.platform.app;

import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.session.SyncOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator takes a grid from a worker with {@code user grids} while the platform serves: the worker's
 * laptop drops that grid's households on its next sync although they never changed, and gets them back when
 * the grid is given back.
 */
class GridTakenFromWorkerTest {
    @TempDir
    static Path folder;

    private static SyncTestPlatform platform;

    @BeforeAll
    static void start() {
        platform = new SyncTestPlatform(folder);
        platform.addUser("zhao", "worker", GRID_A, GRID_B);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theLaptopDropsAGridTakenAwayAndGetsItBackWhenGivenBack() {
        String token = platform.login("zhao", "zhao-laptop");
        TestLaptop laptop = new TestLaptop("zhao-laptop", platform.port(), token, SessionSettings.standard());
        UuidV7Generator ids = new UuidV7Generator();
        String inA = ids.nextId();
        String inB = ids.nextId();
        laptop.set("household", inA, Map.of("grid", GRID_A, "divisionCode", GRID_A, "address", "一组 1 号",
                "householdType", "1"));
        laptop.set("household", inB, Map.of("grid", GRID_B, "divisionCode", GRID_B, "address", "二组 1 号",
                "householdType", "1"));
        SyncOutcome first = laptop.sync();
        assertTrue(first.completed());
        assertEquals(2, first.counters().applied(), first.toString());
        assertEquals(List.of(GRID_A, GRID_B), grids(platform.pullAll(token)));

        String changed = platform.setGrids("zhao", GRID_A);
        assertTrue(changed.contains("[" + GRID_A + "]"), changed);
        assertEquals(List.of(GRID_A), grids(platform.pullAll(token)), "the next page announces the grids left");
        assertTrue(laptop.sync().completed());
        assertNotNull(laptop.view("household", inA));
        assertNull(laptop.view("household", inB), "grid B's household has left the laptop");
        assertTrue(laptop.store.records().stream().map(RecordKey::id).noneMatch(inB::equals));

        platform.setGrids("zhao", GRID_A, GRID_B);
        assertTrue(laptop.sync().completed());
        assertEquals("二组 1 号", laptop.view("household", inB).field("address"), "grid B given back");
    }

    private static List<String> grids(JsonNode page) {
        return StreamSupport.stream(page.path("grids").spliterator(), false).map(JsonNode::asText).toList();
    }
}
