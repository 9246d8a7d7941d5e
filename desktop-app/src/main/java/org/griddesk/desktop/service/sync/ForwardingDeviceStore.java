package org.griddesk.desktop.service.sync;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.HeldRecord;
import org.griddesk.sync.store.InFlightBatch;
import org.griddesk.sync.store.LocalConflict;
import org.griddesk.sync.store.OutboxEntry;
import org.griddesk.sync.store.OutboxPosition;
import org.griddesk.sync.store.RebasedRecord;
import org.griddesk.sync.store.RecordSyncStatus;

/** Hands every {@link DeviceStore} call to another store, so wrappers add only what they add. */
public abstract class ForwardingDeviceStore implements DeviceStore {

    private final DeviceStore delegate;

    protected ForwardingDeviceStore(DeviceStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public void atomically(Runnable work) {
        delegate.atomically(work);
    }

    @Override
    public Optional<SyncRecord> base(RecordKey key) {
        return delegate.base(key);
    }

    @Override
    public void putBase(SyncRecord base) {
        delegate.putBase(base);
    }

    @Override
    public Optional<SyncRecord> localView(RecordKey key) {
        return delegate.localView(key);
    }

    @Override
    public void putLocalView(SyncRecord view) {
        delegate.putLocalView(view);
    }

    @Override
    public Set<RecordKey> records() {
        return delegate.records();
    }

    @Override
    public void dropRecord(RecordKey key) {
        delegate.dropRecord(key);
    }

    @Override
    public OutboxEntry append(RecordKey key, String field, Object value, Hlc hlc, long baseRev) {
        return delegate.append(key, field, value, hlc, baseRev);
    }

    @Override
    public List<OutboxEntry> outbox() {
        return delegate.outbox();
    }

    @Override
    public List<OutboxEntry> pending(RecordKey key) {
        return delegate.pending(key);
    }

    @Override
    public List<OutboxPosition> outboxFrom(long fromSeq, int limit) {
        return delegate.outboxFrom(fromSeq, limit);
    }

    @Override
    public Map<RecordKey, List<OutboxEntry>> pending(Collection<RecordKey> keys) {
        return delegate.pending(keys);
    }

    @Override
    public void acknowledge(Collection<Long> entrySeqs) {
        delegate.acknowledge(entrySeqs);
    }

    @Override
    public void discardPending(RecordKey key) {
        delegate.discardPending(key);
    }

    @Override
    public List<InFlightBatch> inFlightBatches() {
        return delegate.inFlightBatches();
    }

    @Override
    public void saveInFlightBatch(InFlightBatch batch) {
        delegate.saveInFlightBatch(batch);
    }

    @Override
    public void replaceInFlightBatch(String batchId, InFlightBatch replacement) {
        delegate.replaceInFlightBatch(batchId, replacement);
    }

    @Override
    public void acknowledgeBatch(String batchId) {
        delegate.acknowledgeBatch(batchId);
    }

    @Override
    public Optional<String> lastAcknowledgedBatchId() {
        return delegate.lastAcknowledgedBatchId();
    }

    @Override
    public long pullCursor() {
        return delegate.pullCursor();
    }

    @Override
    public void savePullCursor(long cursor) {
        delegate.savePullCursor(cursor);
    }

    @Override
    public void addConflict(LocalConflict conflict) {
        delegate.addConflict(conflict);
    }

    @Override
    public List<LocalConflict> conflicts() {
        return delegate.conflicts();
    }

    @Override
    public RecordSyncStatus status(RecordKey key) {
        return delegate.status(key);
    }

    @Override
    public void setStatus(RecordKey key, RecordSyncStatus status) {
        delegate.setStatus(key, status);
    }

    @Override
    public void setLeftScope(RecordKey key, boolean left) {
        delegate.setLeftScope(key, left);
    }

    @Override
    public boolean hasLeftScope(RecordKey key) {
        return delegate.hasLeftScope(key);
    }

    @Override
    public Optional<Set<String>> knownGrids() {
        return delegate.knownGrids();
    }

    @Override
    public void saveKnownGrids(Set<String> grids) {
        delegate.saveKnownGrids(grids);
    }

    @Override
    public Map<RecordKey, HeldRecord> held(Collection<RecordKey> keys) {
        return delegate.held(keys);
    }

    @Override
    public void putRebased(List<RebasedRecord> records) {
        delegate.putRebased(records);
    }

    @Override
    public Map<RecordKey, Object> fieldOfEach(String field) {
        return delegate.fieldOfEach(field);
    }
}
