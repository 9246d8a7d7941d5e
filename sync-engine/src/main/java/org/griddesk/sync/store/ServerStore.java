package org.griddesk.sync.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.wire.PushResponse;

/**
 * The platform's sync storage. The platform implements it on PostgreSQL; {@link InMemoryServerStore}
 * serves tests. {@link #save} must hand out seq numbers in commit order: a reader must never see a
 * higher seq before a lower one is committed, or a device skips the lower one forever.
 */
public interface ServerStore {

    <T> T inTransaction(Supplier<T> work);

    Optional<ServerRecord> find(RecordKey key);

    /**
     * The current states of many records, keyed by record; records not stored are absent. A store over a
     * network should answer in one round trip: a push reads the records of its whole batch with it.
     */
    default Map<RecordKey, ServerRecord> findAll(Collection<RecordKey> keys) {
        Map<RecordKey, ServerRecord> found = new HashMap<>();
        for (RecordKey key : keys) {
            find(key).ifPresent(record -> found.put(key, record));
        }
        return found;
    }

    /**
     * The record as it was at a given revision (for the base value shown in conflicts). Its fields are whole; a store
     * may keep only the stamps of the fields that revision changed (no reader of past revisions uses stamps).
     */
    Optional<ServerRecord> version(RecordKey key, long rev);

    /** Every stored revision of the record, oldest first. */
    List<ServerRecord> history(RecordKey key);

    /**
     * The histories of many records at once, each oldest first and empty for a record never stored: a pull page
     * asks about every record it may have to announce as leaving the caller's scope. The default asks one by one.
     */
    default Map<RecordKey, List<ServerRecord>> histories(Collection<RecordKey> keys) {
        Map<RecordKey, List<ServerRecord>> histories = new LinkedHashMap<>();
        keys.forEach(key -> histories.put(key, history(key)));
        return histories;
    }

    /** Stores a new revision of the record and returns the seq assigned to it. */
    long save(ServerRecord record);

    /** Latest states with seq greater than {@code afterSeq}, in seq order, at most {@code limit}. */
    List<SequencedRecord> changesAfter(long afterSeq, int limit);

    /**
     * Like {@link #changesAfter(long, int)}, but a store may leave out every record that is not, and never was, in
     * one of {@code grids} (whole grid codes), nor a form template: what remains is still judged record by record.
     * A store that cannot filter returns every change.
     */
    default List<SequencedRecord> changesAfter(long afterSeq, int limit, Set<String> grids) {
        return changesAfter(afterSeq, limit);
    }

    long lastSeq();

    Optional<PushResponse> batchResult(String deviceId, String batchId);

    void saveBatchResult(String deviceId, String batchId, PushResponse response);

    /** The stored answer of a batch with the fingerprint of its changes; a store that keeps none says null. */
    default Optional<StoredBatch> storedBatch(String deviceId, String batchId) {
        return batchResult(deviceId, batchId).map(response -> new StoredBatch(null, response));
    }

    /** Stores a batch's answer with the fingerprint of the changes it answers (see {@link StoredBatch}). */
    default void saveBatch(String deviceId, String batchId, StoredBatch batch) {
        saveBatchResult(deviceId, batchId, batch.response());
    }

    void addConflict(StoredConflict conflict);

    List<StoredConflict> conflicts();
}
