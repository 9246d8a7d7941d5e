package org.griddesk.desktop.service.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.griddesk.model.record.Location;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.InMemoryDeviceStore;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.junit.jupiter.api.Test;

/**
 * An issue's grid comes from where it is: the grid whose boundary (pulled as a grid record) holds its location; on
 * a border or outside every grid the worker is asked; a refused issue is corrected where it is and sent again.
 */
class IssueGridFromLocationTest {

    private static final String WEST = "500101001001";
    private static final String EAST = "500101001002";
    private static final Location IN_WEST = new Location(108.005, 30.005);
    private static final Location IN_EAST = new Location(108.015, 30.005);
    private static final Location ON_BORDER = new Location(108.01, 30.005);
    private static final Location FAR_AWAY = new Location(108.5, 30.5);

    private final InMemoryDeviceStore store = new InMemoryDeviceStore();
    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T02:30:00Z"), ZoneOffset.UTC);
    private String onlyGrid = "";
    private final IssueService issues = new IssueService(store, new HybridLogicalClock("device-1", clock::millis),
            RecordsOfType.scanning(store), IssueCategories.defaults(), new UuidV7Generator(), clock, () -> "王芳")
            .withDefaultGrid(() -> onlyGrid);

    private void pulledGrid(String code, String name, double west) {
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + ",30.0],[" + (west + 0.01) + ",30.0],["
                + (west + 0.01) + ",30.01],[" + west + ",30.01],[" + west + ",30.0]]]}";
        SyncRecord grid = new SyncRecord("grid", code, Map.of("grid", code, "name", name, "boundary", square), 1, false);
        store.putBase(grid);
        store.putLocalView(grid);
    }

    private void bothGridsPulled() {
        pulledGrid(WEST, "幸福村第一网格", 108.0);
        pulledGrid(EAST, "幸福村第二网格", 108.01);
    }

    private static IssueDraft at(Location location, String grid) {
        return new IssueDraft(grid, "infrastructure.lighting", "路灯损坏", "", location, IssuePriority.NORMAL, List.of(),
                List.of());
    }

    private String problemOf(Runnable action) {
        IssueRefusedException refused = assertThrows(IssueRefusedException.class, action::run);
        assertEquals(1, refused.problems().size());
        assertEquals("grid", refused.problems().get(0).field());
        return refused.problems().get(0).code();
    }

    @Test
    void theGridIsTheOneWhoseBoundaryHoldsTheLocation() {
        bothGridsPulled();
        assertEquals(WEST, issues.report(at(IN_WEST, "")).grid());
        assertEquals(EAST, issues.report(at(IN_EAST, "")).grid());
        assertEquals(new GridBoundaries.GridPlace(EAST, "幸福村第二网格"), issues.gridsAt(IN_EAST).settled());
    }

    @Test
    void onABorderOrOutsideEveryGridTheWorkerIsAsked() {
        bothGridsPulled();
        assertEquals(IssueProblem.GRID_AMBIGUOUS, problemOf(() -> issues.report(at(ON_BORDER, ""))));
        assertEquals(List.of(WEST, EAST), issues.gridsAt(ON_BORDER).offered().stream()
                .map(GridBoundaries.GridPlace::code).toList());
        assertEquals(IssueProblem.GRID_OUTSIDE, problemOf(() -> issues.report(at(FAR_AWAY, ""))));
        assertEquals(2, issues.gridsAt(FAR_AWAY).offered().size());

        assertEquals(EAST, issues.report(at(ON_BORDER, EAST)).grid(), "the worker's choice settles it");
        assertEquals(IssueProblem.GRID_UNKNOWN, problemOf(() -> issues.report(at(FAR_AWAY, "500101001099"))));
    }

    @Test
    void beforeAnyBoundaryIsKnownAWorkerWithSeveralGridsLeavesItToTheLocation() {
        Issue early = issues.report(at(IN_EAST, ""));
        assertEquals("", early.grid(), "not the account's first grid");
        onlyGrid = WEST;
        assertEquals(WEST, issues.report(at(IN_WEST, "")).grid(), "a worker's only grid");

        bothGridsPulled();
        assertEquals(1, issues.placeUnplaced());
        assertEquals(EAST, issues.find(early.id()).orElseThrow().grid());
        assertEquals(0, issues.placeUnplaced());
    }

    @Test
    void aRefusedIssueGetsItsGridCorrectedAndGoesBackToTheOutbox() {
        bothGridsPulled();
        Issue issue = issues.report(at(IN_WEST, ""));
        RecordKey key = new RecordKey("issue", issue.id());
        store.setStatus(key, new RecordSyncStatus(SyncState.REJECTED, "out_of_scope: outside your scope"));

        issues.changeGrid(issue.id(), EAST);

        assertEquals(EAST, issues.find(issue.id()).orElseThrow().grid());
        assertEquals(SyncState.PENDING, store.status(key).state(), "sent again on the next sync");
        assertEquals(IssueProblem.GRID_UNKNOWN, problemOf(() -> issues.changeGrid(issue.id(), "500101001099")));
    }
}
