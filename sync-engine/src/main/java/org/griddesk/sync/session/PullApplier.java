package org.griddesk.sync.session;

import java.util.List;

import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.clock.HybridLogicalClock;
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
 * Applies one pulled page and its cursor atomically, so an interrupted pull resumes after the last
 * page it fully applied. Pulled records replace the base; pending edits are re-applied on top.
 */
final class PullApplier {

    private final DeviceStore store;
    private final HybridLogicalClock clock;
    private final LocalViews views;

    PullApplier(DeviceStore store, HybridLogicalClock clock, LocalViews views) {
        this.store = store;
        this.clock = clock;
        this.views = views;
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
            // the device must not keep data it may no longer hold, but an edit leaves it only once the platform
            // has it (pushed next, kept for review there) or the worker discards it (a refused edit stays REJECTED)
            if (hasPending) {
                store.setLeftScope(key, true);
            } else {
                store.dropRecord(key);
            }
            return;
        }
        store.setLeftScope(key, false);
        SyncRecord record = WireConversions.toRecord(pulled);
        if (store.base(key).map(SyncRecord::rev).orElse(0L) > record.rev()) {
            return; // a push answer already gave us a newer state
        }
        store.putBase(record);
        views.refresh(key, record, pending); // putBase touches neither the base we hold nor the outbox
        RecordSyncStatus status = store.status(key);
        if (!hasPending && status.state() != SyncState.CONFLICT && !status.equals(RecordSyncStatus.SYNCED)) {
            store.setStatus(key, RecordSyncStatus.SYNCED);
        }
    }
}
