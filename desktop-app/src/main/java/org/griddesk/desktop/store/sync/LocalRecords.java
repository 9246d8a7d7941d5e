package org.griddesk.desktop.store.sync;

import java.util.List;
import java.util.Map;

import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.RecordSyncStatus;

/**
 * The device store plus the bulk reads that lists and maps need (one query each, not one per record). Edit
 * records only through {@code new LocalChanges(records, session.clock())}.
 */
public interface LocalRecords extends DeviceStore {

    /** Every local view of the type, deleted ones included (callers decide whether to show them), by id. */
    List<SyncRecord> localViews(String type);

    /** The sync state of every record of the type whose state is not synced, by id. */
    Map<String, RecordSyncStatus> unsyncedStatuses(String type);
}
