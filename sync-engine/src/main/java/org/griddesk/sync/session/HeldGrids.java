package org.griddesk.sync.session;

import java.util.Optional;
import java.util.Set;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.DeviceStore;

/** Whether a record's {@code grid} lies in grids the platform announced (codes or code prefixes). */
final class HeldGrids {

    private HeldGrids() {
    }

    static boolean outside(DeviceStore store, RecordKey key, Set<String> grids) {
        Optional<Object> grid = store.localView(key).or(() -> store.base(key)).map(SyncRecord::fields)
                .map(fields -> fields.get("grid"));
        return outside(grid.orElse(null), grids);
    }

    /** @param grid the record's {@code grid} field as stored (view, else base) */
    static boolean outside(Object grid, Set<String> grids) {
        if (!(grid instanceof String code) || code.isEmpty()) {
            return false; // records without a grid (form templates) belong to the whole county
        }
        return grids.stream().noneMatch(code::startsWith);
    }

    /** Outside the grids last announced; false while the platform never announced any. */
    static boolean outsideKnown(DeviceStore store, RecordKey key) {
        return store.knownGrids().map(grids -> outside(store, key, grids)).orElse(false);
    }
}
