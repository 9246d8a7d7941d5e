package org.griddesk.sync.session;

import java.util.Map;
import java.util.Objects;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.merge.FieldMerger;
import org.griddesk.sync.record.FieldValues;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.DeviceStore;

/**
 * The one way the device edits synced records: each changed field becomes an outbox entry stamped with
 * the clock and the base revision it was made on, and the local view is updated at once.
 */
public final class LocalChanges {

    private final DeviceStore store;
    private final HybridLogicalClock clock;
    private final LocalViews views;

    public LocalChanges(DeviceStore store, HybridLogicalClock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.views = new LocalViews(store, new FieldMerger());
    }

    /** Sets the given fields (null is a value); fields whose value does not change are not journalled. */
    public SyncRecord set(RecordKey key, Map<String, ?> fields) {
        fields.keySet().forEach(field -> {
            if (SyncRecord.isReserved(field)) {
                throw new IllegalArgumentException("reserved field name: " + field);
            }
        });
        SyncRecord[] result = new SyncRecord[1];
        store.atomically(() -> {
            SyncRecord current = store.localView(key).orElse(SyncRecord.empty(key));
            SyncRecord base = store.base(key).orElse(null);
            long baseRev = base == null ? 0L : base.rev();
            Hlc hlc = clock.now();
            fields.forEach((field, value) -> {
                // an absent field reads as null everywhere (as in the merge), so null on it is no change
                boolean unchanged = !current.deleted()
                        && Objects.equals(current.fields().get(field), FieldValues.normalize(value));
                if (!unchanged) {
                    store.append(key, field, value, hlc, baseRev);
                }
            });
            result[0] = views.refresh(key, base, store.pending(key)); // appending leaves the base as it was
        });
        return result[0];
    }

    public SyncRecord delete(RecordKey key) {
        SyncRecord[] result = new SyncRecord[1];
        store.atomically(() -> {
            long baseRev = store.base(key).map(SyncRecord::rev).orElse(0L);
            store.append(key, SyncRecord.DELETED_FIELD, Boolean.TRUE, clock.now(), baseRev);
            result[0] = views.refresh(key);
        });
        return result[0];
    }
}
