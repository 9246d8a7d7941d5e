package org.griddesk.sync.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.wire.PushResponse;

/** A platform store in memory; one lock makes every transaction serial, which trivially keeps seq order. */
public final class InMemoryServerStore implements ServerStore {

    private final Map<RecordKey, List<ServerRecord>> versions = new HashMap<>();
    private final Map<RecordKey, Long> seqOfRecord = new HashMap<>();
    private final TreeMap<Long, RecordKey> recordAtSeq = new TreeMap<>();
    private final Map<String, StoredBatch> batches = new HashMap<>();
    private final List<StoredConflict> conflicts = new ArrayList<>();
    private long seq;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public synchronized Optional<ServerRecord> find(RecordKey key) {
        List<ServerRecord> history = versions.get(key);
        return history == null ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    @Override
    public synchronized Optional<ServerRecord> version(RecordKey key, long rev) {
        return history(key).stream().filter(record -> record.rev() == rev).findFirst();
    }

    @Override
    public synchronized List<ServerRecord> history(RecordKey key) {
        return List.copyOf(versions.getOrDefault(key, List.of()));
    }

    @Override
    public synchronized long save(ServerRecord record) {
        RecordKey key = record.key();
        versions.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
        Long previous = seqOfRecord.put(key, ++seq);
        if (previous != null) {
            recordAtSeq.remove(previous);
        }
        recordAtSeq.put(seq, key);
        return seq;
    }

    @Override
    public synchronized List<SequencedRecord> changesAfter(long afterSeq, int limit) {
        return recordAtSeq.tailMap(afterSeq, false).entrySet().stream()
                .limit(limit)
                .map(entry -> new SequencedRecord(entry.getKey(), find(entry.getValue()).orElseThrow()))
                .toList();
    }

    @Override
    public synchronized long lastSeq() {
        return seq;
    }

    @Override
    public synchronized Optional<PushResponse> batchResult(String deviceId, String batchId) {
        return storedBatch(deviceId, batchId).map(StoredBatch::response);
    }

    @Override
    public synchronized Optional<StoredBatch> storedBatch(String deviceId, String batchId) {
        return Optional.ofNullable(batches.get(deviceId + "\u0000" + batchId));
    }

    @Override
    public synchronized void saveBatch(String deviceId, String batchId, StoredBatch batch) {
        batches.put(deviceId + "\u0000" + batchId, batch);
    }

    @Override
    public synchronized void saveBatchResult(String deviceId, String batchId, PushResponse response) {
        saveBatch(deviceId, batchId, new StoredBatch(null, response));
    }

    @Override
    public synchronized void addConflict(StoredConflict conflict) {
        conflicts.add(conflict);
    }

    @Override
    public synchronized List<StoredConflict> conflicts() {
        return List.copyOf(conflicts);
    }
}
