package org.griddesk.desktop.ui.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.issues.Issue;
import org.griddesk.desktop.service.map.FieldWork;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.desktop.ui.common.SyncMark;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.map.MapWorkspaceViewModel;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 事件 list's per-row sync marker, read from the real encrypted device store. */
class IssueSyncMarksTest {

    @TempDir
    Path dataDir;
    private EncryptedDeviceSession session;
    private FieldWork work;
    private IssuesViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        session = new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1))
                .create("事件-同步标记-2026".toCharArray());
        LocalChanges changes = new LocalChanges(session.records(), session.clock());
        for (String id : new String[] {"i-1", "i-2", "i-3", "i-4"}) {
            changes.set(new RecordKey("issue", id), Map.of("title", "路灯损坏 " + id, "status", "reported"));
        }
        session.records().setStatus(new RecordKey("issue", "i-2"), RecordSyncStatus.SYNCED);
        session.records().setStatus(new RecordKey("issue", "i-3"),
                new RecordSyncStatus(SyncState.REJECTED, "out_of_scope: The change would put the record outside your scope"));
        session.records().setStatus(new RecordKey("issue", "i-4"), new RecordSyncStatus(SyncState.CONFLICT, "title"));
        work = FieldWork.forSession(session);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        viewModel = new IssuesViewModel(work, new MapWorkspaceViewModel(work.map(), executor, new RecordingDialogService()), executor);
        viewModel.load();
    }

    @AfterEach
    void close() {
        work.close();
        session.close();
    }

    private Issue issue(String id) {
        return viewModel.shownIssues().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachIssueShowsItsSyncStateAndTheRejectionReason() {
        assertEquals(SyncMark.PENDING, viewModel.syncMark(issue("i-1")));
        assertEquals(SyncMark.SYNCED, viewModel.syncMark(issue("i-2")));
        assertEquals(SyncMark.REJECTED, viewModel.syncMark(issue("i-3")));
        assertEquals(new Message("platform.error.out_of_scope"), viewModel.syncReason(issue("i-3")));
        assertEquals(SyncMark.CONFLICT, viewModel.syncMark(issue("i-4")));
        assertNull(viewModel.syncReason(issue("i-1")));
    }

    @Test
    void theMarkersFollowTheStoreWhenRefreshed() {
        session.records().setStatus(new RecordKey("issue", "i-1"), RecordSyncStatus.SYNCED);
        session.records().setStatus(new RecordKey("issue", "i-3"), RecordSyncStatus.PENDING);

        viewModel.refreshSyncStates();

        assertEquals(SyncMark.SYNCED, viewModel.syncMark(issue("i-1")));
        assertEquals(SyncMark.PENDING, viewModel.syncMark(issue("i-3")));
        assertNull(viewModel.syncReason(issue("i-3")));
    }
}
