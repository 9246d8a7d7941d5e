package org.griddesk.desktop.ui.households;

import java.util.Map;

import javafx.beans.property.ObjectProperty;

import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;

/**
 * Which records of the list wait for upload, were refused or are in conflict, read in the background (one query per
 * type); and the notice 「将在下次同步时上传」 after a save, which stops being true, and goes, once nothing waits.
 */
final class UploadMarks {

    private static final String SAVED_NOTICE = "households.saved";

    private final TaskExecutor executor;
    private final ObjectProperty<Message> notice;
    private Map<String, RecordSyncStatus> states = Map.of();

    UploadMarks(TaskExecutor executor, ObjectProperty<Message> notice) {
        this.executor = executor;
        this.notice = notice;
    }

    /** The states by record id, as last read; records absent are synced. */
    Map<String, RecordSyncStatus> states() {
        return states;
    }

    /** Reads the states again, then runs {@code marked} on the FX thread to mark the rows. */
    void refresh(RegistryService registry, Runnable marked) {
        executor.execute(progress -> registry.unsyncedStatuses(), TaskCallbacks.of(read -> {
            states = Map.copyOf(read);
            forgetSavedNoticeOnceUploaded();
            marked.run();
        }, failure -> { }));
    }

    private void forgetSavedNoticeOnceUploaded() {
        Message shown = notice.get();
        boolean waiting = states.values().stream().anyMatch(status -> status.state() == SyncState.PENDING
                || status.state() == SyncState.UPLOADING);
        if (shown != null && shown.key().equals(SAVED_NOTICE) && !waiting) {
            notice.set(null);
        }
    }
}
