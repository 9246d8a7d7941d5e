package org.griddesk.sync.store;

/** A record's sync state and, for rejected and conflicting records, the reason to show. */
public record RecordSyncStatus(SyncState state, String reason) {

    public static final RecordSyncStatus SYNCED = new RecordSyncStatus(SyncState.SYNCED, null);
    public static final RecordSyncStatus PENDING = new RecordSyncStatus(SyncState.PENDING, null);
}
