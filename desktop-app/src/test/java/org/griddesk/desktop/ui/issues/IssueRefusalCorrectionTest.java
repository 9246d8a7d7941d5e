package org.griddesk.desktop.ui.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.issues.GridBoundaries;
import org.griddesk.desktop.service.issues.Issue;
import org.griddesk.desktop.service.map.FieldWork;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.desktop.ui.common.SyncMark;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.map.MapWorkspaceViewModel;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An issue the platform refused as out of the worker's grids shows why, in words, and is corrected where it is
 * shown: the worker picks the grid and it waits for upload again. Discarding is not the only way out.
 */
class IssueRefusalCorrectionTest {

    private static final String WEST = "500101001001";
    private static final String EAST = "500101001002";

    @TempDir
    Path dataDir;
    private EncryptedDeviceSession session;
    private FieldWork work;
    private IssuesViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        session = new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1))
                .create("事件-改正-2026".toCharArray());
        for (String[] grid : new String[][] {{WEST, "第一网格", "108.0"}, {EAST, "第二网格", "108.01"}}) {
            double west = Double.parseDouble(grid[2]);
            String square = "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + ",30.0],[" + (west + 0.01)
                    + ",30.0],[" + (west + 0.01) + ",30.01],[" + west + ",30.01],[" + west + ",30.0]]]}";
            SyncRecord record = new SyncRecord("grid", grid[0], Map.of("grid", grid[0], "name", grid[1],
                    "boundary", square), 1, false);
            session.records().atomically(() -> {
                session.records().putBase(record);
                session.records().putLocalView(record);
                session.records().setStatus(record.key(), RecordSyncStatus.SYNCED);
            });
        }
        new LocalChanges(session.records(), session.clock()).set(new RecordKey("issue", "i-1"), Map.of(
                "grid", "", "title", "路灯损坏", "status", "reported", "location", Map.of("lon", 108.015, "lat", 30.005)));
        session.records().setStatus(new RecordKey("issue", "i-1"), new RecordSyncStatus(SyncState.REJECTED,
                "out_of_scope: The change would put the record outside your scope"));
        work = FieldWork.forSession(session);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        viewModel = new IssuesViewModel(work,
                new MapWorkspaceViewModel(work.map(), executor, new RecordingDialogService()), executor);
        viewModel.load();
    }

    @AfterEach
    void close() {
        work.close();
        session.close();
    }

    private Issue issue() {
        return viewModel.shownIssues().stream().filter(i -> i.id().equals("i-1")).findFirst()
                .orElseThrow();
    }

    @Test
    void theRefusedIssueSaysWhyOffersTheGridsAndIsSentAgainOnceCorrected() {
        viewModel.select(issue());
        assertEquals(new Message("platform.error.out_of_scope"), viewModel.refusalProperty().get());
        assertEquals(List.of(WEST, EAST), viewModel.correctionGrids().stream().map(GridBoundaries.GridPlace::code)
                .toList());
        assertEquals(EAST, viewModel.correctedGridProperty().get().code(), "the grid its location falls in");

        viewModel.correctGrid();

        assertEquals(EAST, issue().grid());
        assertEquals(SyncMark.PENDING, viewModel.syncMark(issue()));
        assertNull(viewModel.refusalProperty().get());
        assertEquals(SyncState.PENDING, session.records().status(new RecordKey("issue", "i-1")).state());
    }
}
