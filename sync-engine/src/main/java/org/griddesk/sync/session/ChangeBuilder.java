package org.griddesk.sync.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.OutboxEntry;
import org.griddesk.sync.wire.Change;

/**
 * Folds a record's pending outbox entries into one change: the last value per field, a delete if the
 * last word was a delete, the newest HLC, and the oldest base revision (so the platform detects every
 * server change the worker had not seen when making any of these edits).
 */
final class ChangeBuilder {

    private ChangeBuilder() {
    }

    static Change build(RecordKey key, List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no entries for " + key);
        }
        Map<String, Object> set = new LinkedHashMap<>();
        boolean delete = false;
        long baseRev = Long.MAX_VALUE;
        Hlc newest = entries.get(0).hlc();
        for (OutboxEntry entry : entries) {
            if (SyncRecord.DELETED_FIELD.equals(entry.field())) {
                delete = Boolean.TRUE.equals(entry.value());
            } else {
                set.put(entry.field(), entry.value());
                delete = false;
            }
            baseRev = Math.min(baseRev, entry.baseRev());
            newest = entry.hlc().isAfter(newest) ? entry.hlc() : newest;
        }
        return new Change(key.type(), key.id(), baseRev, set, delete, newest.toString());
    }
}
