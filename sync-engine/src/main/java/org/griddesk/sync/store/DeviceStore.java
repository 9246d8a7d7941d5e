package org.griddesk.sync.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;

/**
 * The device's sync storage. The desktop implements it on Derby; {@link InMemoryDeviceStore} serves tests.
 * Everything done inside {@link #atomically} must become durable together or not at all.
 */
public interface DeviceStore {

    void atomically(Runnable work);

    /** The last server state seen for the record, with its rev. */
    Optional<SyncRecord> base(RecordKey key);

    void putBase(SyncRecord base);

    /** What the worker sees: the base with pending edits re-applied on top. */
    Optional<SyncRecord> localView(RecordKey key);

    void putLocalView(SyncRecord view);

    /** Every record the device holds (a base, a local view or pending edits). */
    Set<RecordKey> records();

    /** Forgets the record completely: base, view, state, pending edits and the left-scope mark. */
    void dropRecord(RecordKey key);

    /** Appends an edit to the outbox (assigning its seq) and marks the record pending. */
    OutboxEntry append(RecordKey key, String field, Object value, Hlc hlc, long baseRev);

    /** All entries not yet acknowledged, in seq order. */
    List<OutboxEntry> outbox();

    List<OutboxEntry> pending(RecordKey key);

    /**
     * The entries not yet acknowledged whose seq is at least {@code fromSeq}, in seq order, at most {@code limit} of
     * them, without their values. Choosing a push batch walks the outbox this way and stops once the batch is full,
     * instead of reading every entry for every batch. A store that can walk an index overrides this; the default reads
     * the whole outbox.
     */
    default List<OutboxPosition> outboxFrom(long fromSeq, int limit) {
        return outbox().stream().filter(entry -> entry.seq() >= fromSeq).limit(limit)
                .map(entry -> new OutboxPosition(entry.seq(), entry.record())).toList();
    }

    /**
     * The pending edits of each of the keys that has any, in seq order; keys without any are left out. A store that
     * can read them in a few queries overrides this; the default asks record by record.
     */
    default Map<RecordKey, List<OutboxEntry>> pending(Collection<RecordKey> keys) {
        Map<RecordKey, List<OutboxEntry>> pending = new LinkedHashMap<>();
        for (RecordKey key : keys) {
            List<OutboxEntry> entries = pending(key);
            if (!entries.isEmpty()) {
                pending.put(key, entries);
            }
        }
        return pending;
    }

    /** Removes entries the platform has acknowledged; the only way an entry leaves the outbox. */
    void acknowledge(Collection<Long> entrySeqs);

    /** The worker gave up rejected edits of a record. */
    void discardPending(RecordKey key);

    /** The batches sent (or about to be) and not yet answered, in the order they were recorded. */
    List<InFlightBatch> inFlightBatches();

    /** Records a batch after those already in flight. */
    void saveInFlightBatch(InFlightBatch batch);

    /** The same entries go under a new id: the recorded batch {@code batchId} becomes {@code replacement}, in place. */
    void replaceInFlightBatch(String batchId, InFlightBatch replacement);

    /** The batch was answered and its results applied: it is no longer in flight, and its id is remembered. */
    void acknowledgeBatch(String batchId);

    Optional<String> lastAcknowledgedBatchId();

    long pullCursor();

    void savePullCursor(long cursor);

    void addConflict(LocalConflict conflict);

    List<LocalConflict> conflicts();

    RecordSyncStatus status(RecordKey key);

    void setStatus(RecordKey key, RecordSyncStatus status);

    /** The platform announced the record left (or re-entered) this device's scope; drop it once nothing is pending. */
    void setLeftScope(RecordKey key, boolean left);

    boolean hasLeftScope(RecordKey key);

    /** The grids the platform last announced this device may hold; empty when it never announced any. */
    Optional<Set<String>> knownGrids();

    void saveKnownGrids(Set<String> grids);

    /**
     * What the device holds of each key, read together: a pulled page asks about all of its records at once.
     * Every key is in the answer, {@link HeldRecord#NOTHING} for a record the device knows nothing of. A store
     * that can answer in a few queries overrides this; the default asks record by record.
     */
    default Map<RecordKey, HeldRecord> held(Collection<RecordKey> keys) {
        Map<RecordKey, HeldRecord> held = new LinkedHashMap<>();
        for (RecordKey key : keys) {
            Long baseRev = base(key).map(SyncRecord::rev).orElse(0L);
            held.put(key, new HeldRecord(baseRev, status(key), hasLeftScope(key), pending(key)));
        }
        return held;
    }

    /**
     * One field of every record the device holds, taken from its local view or, when it has none, from its base:
     * a sweep over all records (the grids after a pull) reads them together. Records without the field, or with
     * a null value, are absent. A store that can read them in one query overrides this; the default asks record
     * by record.
     */
    default Map<RecordKey, Object> fieldOfEach(String field) {
        Map<RecordKey, Object> values = new LinkedHashMap<>();
        for (RecordKey key : records()) {
            localView(key).or(() -> base(key)).map(record -> record.fields().get(field))
                    .ifPresent(value -> values.put(key, value));
        }
        return values;
    }

    /**
     * Stores pulled records of distinct keys: for each its base and view, and its sync state when one is given,
     * exactly as {@link #putBase}, {@link #putLocalView} and {@link #setStatus} one by one. A store that can
     * write them in bulk overrides this.
     */
    default void putRebased(List<RebasedRecord> records) {
        atomically(() -> records.forEach(rebased -> {
            putBase(rebased.base());
            putLocalView(rebased.view());
            if (rebased.status() != null) {
                setStatus(rebased.base().key(), rebased.status());
            }
        }));
    }
}
