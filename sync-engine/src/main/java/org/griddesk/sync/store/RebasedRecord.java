package org.griddesk.sync.store;

import java.util.Objects;
import org.griddesk.sync.record.SyncRecord;

/**
 * A pulled record ready to store: its new base, the view rebased on it, and the sync state to set ({@code null}
 * keeps the state the record has). {@code newToDevice} says the device was read and holds no row of it at all,
 * so a bulk store may insert it without asking; false means it may hold one.
 */
public record RebasedRecord(SyncRecord base, SyncRecord view, RecordSyncStatus status, boolean newToDevice) {

    public RebasedRecord {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(view, "view");
        if (!base.key().equals(view.key())) {
            throw new IllegalArgumentException("base and view of different records");
        }
    }

    /** A record the device may already hold. */
    public RebasedRecord(SyncRecord base, SyncRecord view, RecordSyncStatus status) {
        this(base, view, status, false);
    }
}
