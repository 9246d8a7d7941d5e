package org.griddesk.desktop.store.sync;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;

/**
 * The device store plus the bulk reads that lists and maps need (one query each, not one per record). Edit
 * records only through {@code new LocalChanges(records, session.clock())}.
 */
public interface LocalRecords extends DeviceStore {

    /** Every local view of the type, deleted ones included (callers decide whether to show them), by id. */
    List<SyncRecord> localViews(String type);

    /** The sync state of every record of the type whose state is not synced, by id. */
    Map<String, RecordSyncStatus> unsyncedStatuses(String type);

    /** Records the platform rejected or reported in conflict; the Derby store reads them in one query. */
    default List<TroubledRecord> troubled() {
        return records().stream()
                .map(key -> new TroubledRecord(key, status(key)))
                .filter(t -> t.status().state() == SyncState.REJECTED || t.status().state() == SyncState.CONFLICT)
                .toList();
    }

    /** Records that have left the device's scope and wait only for their pending edits to be pushed. */
    default Set<RecordKey> leftScope() {
        return records().stream().filter(this::hasLeftScope).collect(Collectors.toSet());
    }
}
