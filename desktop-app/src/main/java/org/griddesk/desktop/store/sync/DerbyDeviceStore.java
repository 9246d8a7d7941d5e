package org.griddesk.desktop.store.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.griddesk.desktop.store.OpenStore;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.HeldRecord;
import org.griddesk.sync.store.InFlightBatch;
import org.griddesk.sync.store.LocalConflict;
import org.griddesk.sync.store.OutboxEntry;
import org.griddesk.sync.store.OutboxPosition;
import org.griddesk.sync.store.RebasedRecord;
import org.griddesk.sync.store.RecordSyncStatus;

/**
 * The sync engine's device store on the encrypted Derby database. {@link #atomically} is one JDBC transaction:
 * every store call made inside it on the same thread joins it, and an exception rolls all of it back.
 */
public final class DerbyDeviceStore implements LocalRecords {

    private static final String CURSOR = "pull.cursor";
    private static final String IN_FLIGHT = "batch.inFlight";
    private static final String LAST_ACKNOWLEDGED = "batch.lastAcknowledged";

    private final Transactions tx;
    private final RecordRows records;
    private final StateRows states;
    private final PageRows pages;
    private final OutboxRows outbox;
    private final ConflictRows conflicts;
    private final Checkpoints checkpoints;

    public DerbyDeviceStore(Connections connections, Clock clock) {
        this.tx = new Transactions(connections);
        KnownRows known = new KnownRows();
        this.records = new RecordRows(tx, clock, known);
        this.states = new StateRows(tx);
        this.pages = new PageRows(tx, clock, known);
        this.outbox = new OutboxRows(tx, clock);
        this.conflicts = new ConflictRows(tx, clock);
        this.checkpoints = new Checkpoints(tx);
    }

    public static DerbyDeviceStore on(OpenStore store) {
        return new DerbyDeviceStore(store::connect, Clock.systemUTC());
    }

    @Override
    public void atomically(Runnable work) {
        tx.atomically(work);
    }

    @Override
    public Optional<SyncRecord> base(RecordKey key) {
        return records.base(key);
    }

    @Override
    public void putBase(SyncRecord base) {
        records.putBase(base);
    }

    @Override
    public Optional<SyncRecord> localView(RecordKey key) {
        return records.view(key);
    }

    @Override
    public void putLocalView(SyncRecord view) {
        records.putView(view);
    }

    @Override
    public List<SyncRecord> localViews(String type) {
        return records.views(type);
    }

    @Override
    public Map<String, RecordSyncStatus> unsyncedStatuses(String type) {
        return states.unsynced(type);
    }

    /** Records the platform rejected or reported in conflict, by type and id. */
    @Override
    public List<TroubledRecord> troubled() {
        return states.troubled();
    }

    @Override
    public Set<RecordKey> leftScope() {
        return records.keysLeftScope();
    }

    @Override
    public Set<RecordKey> records() {
        Set<RecordKey> keys = new LinkedHashSet<>(records.keysWithData());
        keys.addAll(outbox.keysWithPendingEdits());
        return keys;
    }

    @Override
    public void dropRecord(RecordKey key) {
        tx.atomically(() -> {
            tx.remembered().remove(key);
            records.delete(key);
            states.delete(key);
            outbox.deleteAll(key);
        });
    }

    @Override
    public OutboxEntry append(RecordKey key, String field, Object value, Hlc hlc, long baseRev) {
        OutboxEntry[] appended = new OutboxEntry[1];
        tx.atomically(() -> {
            appended[0] = outbox.append(key, field, value, hlc, baseRev);
            if (!tx.remembered().contains(key)) { // remembered while this transaction keeps it pending
                states.setStatus(key, RecordSyncStatus.PENDING);
                tx.remembered().add(key);
            }
        });
        return appended[0];
    }

    @Override
    public List<OutboxEntry> outbox() {
        return outbox.unacknowledged();
    }

    @Override
    public List<OutboxEntry> pending(RecordKey key) {
        return outbox.unacknowledged(key);
    }

    @Override
    public List<OutboxPosition> outboxFrom(long fromSeq, int limit) {
        return outbox.unacknowledgedFrom(fromSeq, limit);
    }

    @Override
    public Map<RecordKey, List<OutboxEntry>> pending(Collection<RecordKey> keys) {
        return outbox.unacknowledged(keys);
    }

    @Override
    public void acknowledge(Collection<Long> entrySeqs) {
        outbox.acknowledge(entrySeqs);
    }

    @Override
    public void discardPending(RecordKey key) {
        outbox.deletePending(key);
    }

    /** The newest HLC stamped on any edit still in the journal, so a restarted clock never goes back. */
    public Optional<Hlc> newestEditTime() {
        return outbox.newestHlc();
    }

    @Override
    public List<InFlightBatch> inFlightBatches() {
        return checkpoints.get(IN_FLIGHT).map(DerbyDeviceStore::batches).orElse(List.of());
    }

    @Override
    public void saveInFlightBatch(InFlightBatch batch) {
        tx.atomically(() -> {
            List<InFlightBatch> batches = new ArrayList<>(inFlightBatches());
            batches.add(batch);
            saveInFlight(batches);
        });
    }

    @Override
    public void replaceInFlightBatch(String batchId, InFlightBatch replacement) {
        tx.atomically(() -> {
            List<InFlightBatch> batches = new ArrayList<>(inFlightBatches());
            batches.replaceAll(batch -> batch.batchId().equals(batchId) ? replacement : batch);
            saveInFlight(batches);
        });
    }

    @Override
    public void acknowledgeBatch(String batchId) {
        tx.atomically(() -> {
            List<InFlightBatch> batches = new ArrayList<>(inFlightBatches());
            batches.removeIf(batch -> batch.batchId().equals(batchId));
            saveInFlight(batches);
            checkpoints.put(LAST_ACKNOWLEDGED, batchId);
        });
    }

    private void saveInFlight(List<InFlightBatch> batches) {
        if (batches.isEmpty()) {
            checkpoints.remove(IN_FLIGHT);
            return;
        }
        List<Map<String, Object>> json = new ArrayList<>();
        for (InFlightBatch batch : batches) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("batchId", batch.batchId());
            one.put("entrySeqs", batch.entrySeqs());
            json.add(one);
        }
        checkpoints.put(IN_FLIGHT, JsonColumns.write(json));
    }

    @Override
    public Optional<String> lastAcknowledgedBatchId() {
        return checkpoints.get(LAST_ACKNOWLEDGED);
    }

    @Override
    public long pullCursor() {
        return checkpoints.get(CURSOR).map(Long::parseLong).orElse(0L);
    }

    @Override
    public void savePullCursor(long cursor) {
        checkpoints.put(CURSOR, Long.toString(cursor));
    }

    @Override
    public void addConflict(LocalConflict conflict) {
        conflicts.add(conflict);
    }

    @Override
    public List<LocalConflict> conflicts() {
        return conflicts.all();
    }

    @Override
    public RecordSyncStatus status(RecordKey key) {
        return states.status(key);
    }

    @Override
    public void setStatus(RecordKey key, RecordSyncStatus status) {
        tx.atomically(() -> {
            tx.remembered().remove(key);
            states.setStatus(key, status);
        });
    }

    @Override
    public void setLeftScope(RecordKey key, boolean left) {
        records.setLeftScope(key, left);
    }

    @Override
    public boolean hasLeftScope(RecordKey key) {
        return records.leftScope(key);
    }

    @Override
    public Map<RecordKey, HeldRecord> held(Collection<RecordKey> keys) {
        Map<RecordKey, HeldRecord> rows = pages.held(keys);
        Map<RecordKey, List<OutboxEntry>> pending = outbox.unacknowledged(keys);
        Map<RecordKey, HeldRecord> held = new HashMap<>();
        for (RecordKey key : keys) {
            HeldRecord row = rows.getOrDefault(key, HeldRecord.NOTHING);
            held.put(key, new HeldRecord(row.baseRev(), row.status(), row.leftScope(),
                    pending.getOrDefault(key, List.of())));
        }
        return held;
    }

    @Override
    public void putRebased(List<RebasedRecord> rebased) {
        tx.atomically(() -> {
            pages.putRebased(rebased);
            rebased.stream().filter(record -> record.status() != null)
                    .forEach(record -> tx.remembered().remove(record.base().key()));
        });
    }

    /** A list of batches; a store written before several batches could be in flight holds one object. */
    private static List<InFlightBatch> batches(String json) {
        Object value = JsonColumns.readValue(json);
        List<?> batches = value instanceof List<?> list ? list : List.of(value);
        return batches.stream().map(batch -> batch((Map<?, ?>) batch)).toList();
    }

    private static InFlightBatch batch(Map<?, ?> fields) {
        List<?> seqs = (List<?>) fields.get("entrySeqs");
        return new InFlightBatch((String) fields.get("batchId"),
                seqs.stream().map(seq -> ((Number) seq).longValue()).toList());
    }

    @Override
    public Optional<Set<String>> knownGrids() {
        return new KnownGrids(checkpoints).get();
    }

    @Override
    public void saveKnownGrids(Set<String> grids) {
        new KnownGrids(checkpoints).save(grids);
    }

    @Override
    public Map<RecordKey, Object> fieldOfEach(String field) {
        return records.fieldOfEach(field);
    }
}
