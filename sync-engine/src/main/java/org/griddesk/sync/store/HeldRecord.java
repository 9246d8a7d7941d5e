package org.griddesk.sync.store;

import java.util.List;

/**
 * What the device holds of one record, as much as a pull needs to decide what to write: the rev of its base (0
 * without one), its sync state, its left-scope mark and its pending edits in seq order.
 */
public record HeldRecord(long baseRev, RecordSyncStatus status, boolean leftScope, List<OutboxEntry> pending) {

    public static final HeldRecord NOTHING = new HeldRecord(0, RecordSyncStatus.SYNCED, false, List.of());

    public HeldRecord {
        pending = List.copyOf(pending);
    }

    public boolean hasPending() {
        return !pending.isEmpty();
    }
}
