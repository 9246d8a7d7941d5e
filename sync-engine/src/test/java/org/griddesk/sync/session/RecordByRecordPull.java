package org.griddesk.sync.session;

import java.util.List;

import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.merge.FieldMerger;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.OutboxEntry;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PulledRecord;
import org.griddesk.sync.wire.WireConversions;

/**
 * The pull as it was applied before pages were read and written in bulk, one store call at a time; kept as the
 * reference the bulk {@link PullApplier} must agree with.
 */
final class RecordByRecordPull {

    private final DeviceStore store;
    private final HybridLogicalClock clock;
    private final LocalViews views;

    RecordByRecordPull(DeviceStore store, HybridLogicalClock clock) {
        this.store = store;
        this.clock = clock;
        this.views = new LocalViews(store, new FieldMerger());
    }

    void apply(ChangesPage page) {
        store.atomically(() -> {
            page.records().forEach(this::applyOne);
            store.savePullCursor(page.next());
        });
    }

    private void applyOne(PulledRecord pulled) {
        RecordKey key = new RecordKey(pulled.type(), pulled.id());
        if (pulled.hlc() != null) {
            clock.receive(Hlc.parse(pulled.hlc()));
        }
        List<OutboxEntry> pending = store.pending(key);
        boolean hasPending = !pending.isEmpty();
        if (pulled.leftScope()) {
            if (hasPending) { // a refused edit stays, REJECTED, until the worker discards it
                store.setLeftScope(key, true);
            } else {
                store.dropRecord(key);
            }
            return;
        }
        store.setLeftScope(key, false);
        SyncRecord record = WireConversions.toRecord(pulled);
        if (store.base(key).map(SyncRecord::rev).orElse(0L) > record.rev()) {
            return;
        }
        store.putBase(record);
        views.refresh(key, record, pending);
        RecordSyncStatus status = store.status(key);
        if (!hasPending && status.state() != SyncState.CONFLICT && !status.equals(RecordSyncStatus.SYNCED)) {
            store.setStatus(key, RecordSyncStatus.SYNCED);
        }
    }
}
