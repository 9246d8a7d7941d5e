package org.griddesk.sync.store;

import java.util.Objects;
import org.griddesk.sync.record.SyncRecord;

/**
 * A pulled record ready to store: its new base, the view rebased on it, and the sync state to set ({@code null}
 * keeps the state the record has).
 */
public record RebasedRecord(SyncRecord base, SyncRecord view, RecordSyncStatus status) {

    public RebasedRecord {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(view, "view");
        if (!base.key().equals(view.key())) {
            throw new IllegalArgumentException("base and view of different records");
        }
    }
}
