package org.griddesk.sync.session;

import java.util.List;

import org.griddesk.sync.merge.FieldMerger;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.OutboxEntry;

/** Recomputes what the worker sees: the base with pending edits re-applied (the rebase). */
final class LocalViews {

    private final DeviceStore store;
    private final FieldMerger merger;

    LocalViews(DeviceStore store, FieldMerger merger) {
        this.store = store;
        this.merger = merger;
    }

    SyncRecord refresh(RecordKey key) {
        return refresh(key, store.base(key).orElse(null), store.pending(key));
    }

    /** The same with the base (null for none) and pending edits the caller has just read or written. */
    SyncRecord refresh(RecordKey key, SyncRecord base, List<OutboxEntry> pending) {
        SyncRecord view = rebase(key, base, pending);
        store.putLocalView(view);
        return view;
    }

    /** The view without storing it, for callers that store many together. */
    SyncRecord rebase(RecordKey key, SyncRecord base, List<OutboxEntry> pending) {
        return merger.rebase(base, key, pending.stream().map(OutboxEntry::toEdit).toList());
    }
}
