package org.griddesk.desktop.service.issues;

import java.util.List;
import java.util.Optional;

import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.DeviceStore;

/**
 * The bulk read the map and the issue list need: every local view of one record type. The Derby store answers
 * it with one query; {@link #scanning} serves any {@link DeviceStore} (the in-memory one in tests).
 */
@FunctionalInterface
public interface RecordsOfType {

    List<SyncRecord> localViews(String type);

    static RecordsOfType scanning(DeviceStore store) {
        return type -> store.records().stream()
                .filter(key -> key.type().equals(type))
                .map(store::localView)
                .flatMap(Optional::stream)
                .toList();
    }
}
