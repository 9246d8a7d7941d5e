package org.griddesk.platform.app;

import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.session.SyncOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two devices of one grid worker, wired exactly as the desktop app wires sync-engine (HttpSyncClient,
 * SyncSession), edit the same resident offline and sync with the real platform over HTTP.
 */
class EndToEndSyncTest {
    @TempDir
    static Path folder;

    private static SyncTestPlatform platform;
    private static TestLaptop laptop;
    private static TestLaptop tablet;
    private static String supervisor;

    @BeforeAll
    static void start() {
        platform = new SyncTestPlatform(folder);
        platform.addUser("wang", "worker", GRID_A);
        platform.addUser("chen", "supervisor", GRID_A);
        laptop = new TestLaptop("wang-laptop", platform.port(), platform.login("wang", "wang-laptop"),
                SessionSettings.standard());
        tablet = new TestLaptop("wang-tablet", platform.port(), platform.login("wang", "wang-tablet"),
                SessionSettings.standard());
        supervisor = platform.login("chen", "chen-desk");
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void twoDevicesEditingTheSameResidentOfflineConvergeAndKeepTheConflictForReview() throws Exception {
        String resident = new UuidV7Generator().nextId();
        laptop.set("resident", resident, Map.of("grid", GRID_A, "householdId", new UuidV7Generator().nextId(),
                "name", "刘桂兰", "sex", "2", "birthDate", "1946-03-08", "relation", "02"));
        syncBoth();
        assertEquals("刘桂兰", tablet.view("resident", resident).field("name"));

        laptop.set("resident", resident, Map.of("phone", "13800138000"));
        tablet.set("resident", resident, Map.of("ethnicity", "01"));
        syncBoth();
        SyncRecord merged = laptop.view("resident", resident);
        assertEquals(merged, tablet.view("resident", resident));
        assertEquals("13800138000", merged.field("phone"));
        assertEquals("01", merged.field("ethnicity"));
        assertTrue(openConflicts(resident).isEmpty(), "different fields never conflict");

        laptop.set("resident", resident, Map.of("phone", "13900139000"));
        Thread.sleep(2); // the tablet's edit is later on the wall clock, so its value is the one kept
        tablet.set("resident", resident, Map.of("phone", "13700137000"));
        syncBoth();

        SyncRecord converged = laptop.view("resident", resident);
        assertEquals(converged, tablet.view("resident", resident));
        assertEquals(converged.rev(), platformRecord(resident).path("rev").asLong());
        assertEquals("13700137000", converged.field("phone"));
        assertTrue(laptop.store.outbox().isEmpty() && tablet.store.outbox().isEmpty(), "nothing left to push");

        Set<JsonNode> conflicts = openConflicts(resident);
        assertEquals(1, conflicts.size(), conflicts.toString());
        JsonNode conflict = conflicts.iterator().next();
        assertEquals("phone", conflict.path("field").asText());
        assertEquals("13800138000", conflict.path("base").asText());
        assertEquals(Set.of("13900139000", "13700137000"),
                Set.of(conflict.path("mine").asText(), conflict.path("theirs").asText()));
        assertEquals("mine", conflict.path("kept").asText());
        assertEquals("wang", conflict.path("mineAuthor").asText());
        assertNotEquals(conflict.path("mineHlc").asText(), conflict.path("theirsHlc").asText());
        assertEquals("open", conflict.path("status").asText());
    }

    private static void syncBoth() {
        for (TestLaptop device : new TestLaptop[] {laptop, tablet, laptop}) {
            SyncOutcome outcome = device.sync();
            assertTrue(outcome.completed(), () -> device.id + ": " + outcome);
        }
    }

    private static JsonNode platformRecord(String id) {
        for (JsonNode record : platform.http.get("/api/v1/sync/changes?limit=5000", supervisor).json()
                .path("records")) {
            if (record.path("id").asText().equals(id)) {
                return record;
            }
        }
        throw new AssertionError("record not on the platform: " + id);
    }

    private static Set<JsonNode> openConflicts(String recordId) {
        Set<JsonNode> found = new HashSet<>();
        platform.http.get("/api/v1/review/items?status=open&kind=conflict", supervisor).json().path("items")
                .forEach(item -> {
                    if (item.path("recordId").asText().equals(recordId)) {
                        found.add(item);
                    }
                });
        return found;
    }
}
