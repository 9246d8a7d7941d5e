package org.griddesk.desktop.ui.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.service.sync.ForwardingDeviceStore;
import org.griddesk.desktop.store.sync.LocalRecords;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.InMemoryDeviceStore;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;

/** The sync engine's in-memory device store with the bulk reads of {@link LocalRecords}, for view-model tests. */
public final class InMemoryLocalRecords extends ForwardingDeviceStore implements LocalRecords {

    public InMemoryLocalRecords() {
        super(new InMemoryDeviceStore());
    }

    @Override
    public List<SyncRecord> localViews(String type) {
        return keysOf(type).stream().map(this::localView).flatMap(Optional::stream).toList();
    }

    @Override
    public Map<String, RecordSyncStatus> unsyncedStatuses(String type) {
        Map<String, RecordSyncStatus> states = new LinkedHashMap<>();
        for (RecordKey key : keysOf(type)) {
            RecordSyncStatus status = status(key);
            if (status.state() != SyncState.SYNCED) {
                states.put(key.id(), status);
            }
        }
        return states;
    }

    private List<RecordKey> keysOf(String type) {
        return records().stream().filter(key -> key.type().equals(type))
                .sorted(Comparator.comparing(RecordKey::id)).toList();
    }
}
