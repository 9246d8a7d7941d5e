package org.griddesk.sync.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;

/** A device store in memory, for tests and for running sync scenarios fast. */
public final class InMemoryDeviceStore implements DeviceStore {

    private final Map<RecordKey, SyncRecord> bases = new HashMap<>();
    private final Map<RecordKey, SyncRecord> views = new HashMap<>();
    private final Map<RecordKey, RecordSyncStatus> statuses = new HashMap<>();
    private final TreeMap<Long, OutboxEntry> outbox = new TreeMap<>();
    private final Set<RecordKey> leftScope = new HashSet<>();
    private final List<LocalConflict> conflicts = new ArrayList<>();
    private long nextEntrySeq = 1;
    private final List<InFlightBatch> inFlight = new ArrayList<>();
    private String lastAcknowledgedBatch;
    private long cursor;
    private Set<String> knownGrids;

    @Override
    public synchronized void atomically(Runnable work) {
        work.run();
    }

    @Override
    public synchronized Optional<SyncRecord> base(RecordKey key) {
        return Optional.ofNullable(bases.get(key));
    }

    @Override
    public synchronized void putBase(SyncRecord base) {
        bases.put(base.key(), base);
    }

    @Override
    public synchronized Optional<SyncRecord> localView(RecordKey key) {
        return Optional.ofNullable(views.get(key));
    }

    @Override
    public synchronized void putLocalView(SyncRecord view) {
        views.put(view.key(), view);
    }

    @Override
    public synchronized Set<RecordKey> records() {
        Set<RecordKey> keys = new LinkedHashSet<>(bases.keySet());
        keys.addAll(views.keySet());
        outbox.values().forEach(entry -> keys.add(entry.record()));
        return keys;
    }

    @Override
    public synchronized void dropRecord(RecordKey key) {
        bases.remove(key);
        views.remove(key);
        statuses.remove(key);
        leftScope.remove(key);
        outbox.values().removeIf(entry -> entry.record().equals(key));
    }

    @Override
    public synchronized OutboxEntry append(RecordKey key, String field, Object value, Hlc hlc, long baseRev) {
        OutboxEntry entry = new OutboxEntry(nextEntrySeq++, key, field, value, hlc, baseRev);
        outbox.put(entry.seq(), entry);
        statuses.put(key, RecordSyncStatus.PENDING);
        return entry;
    }

    @Override
    public synchronized List<OutboxEntry> outbox() {
        return List.copyOf(outbox.values());
    }

    @Override
    public synchronized List<OutboxEntry> pending(RecordKey key) {
        return outbox.values().stream().filter(entry -> entry.record().equals(key)).toList();
    }

    @Override
    public synchronized void acknowledge(Collection<Long> entrySeqs) {
        entrySeqs.forEach(outbox::remove);
    }

    @Override
    public synchronized void discardPending(RecordKey key) {
        outbox.values().removeIf(entry -> entry.record().equals(key));
    }

    @Override
    public synchronized List<InFlightBatch> inFlightBatches() {
        return List.copyOf(inFlight);
    }

    @Override
    public synchronized void saveInFlightBatch(InFlightBatch batch) {
        inFlight.add(batch);
    }

    @Override
    public synchronized void replaceInFlightBatch(String batchId, InFlightBatch replacement) {
        inFlight.replaceAll(batch -> batch.batchId().equals(batchId) ? replacement : batch);
    }

    @Override
    public synchronized void acknowledgeBatch(String batchId) {
        inFlight.removeIf(batch -> batch.batchId().equals(batchId));
        lastAcknowledgedBatch = batchId;
    }

    @Override
    public synchronized Optional<String> lastAcknowledgedBatchId() {
        return Optional.ofNullable(lastAcknowledgedBatch);
    }

    @Override
    public synchronized long pullCursor() {
        return cursor;
    }

    @Override
    public synchronized void savePullCursor(long cursor) {
        this.cursor = cursor;
    }

    @Override
    public synchronized void addConflict(LocalConflict conflict) {
        conflicts.add(conflict);
    }

    @Override
    public synchronized List<LocalConflict> conflicts() {
        return List.copyOf(conflicts);
    }

    @Override
    public synchronized RecordSyncStatus status(RecordKey key) {
        return statuses.getOrDefault(key, RecordSyncStatus.SYNCED);
    }

    @Override
    public synchronized void setStatus(RecordKey key, RecordSyncStatus status) {
        statuses.put(key, status);
    }

    @Override
    public synchronized void setLeftScope(RecordKey key, boolean left) {
        if (left) {
            leftScope.add(key);
        } else {
            leftScope.remove(key);
        }
    }

    @Override
    public synchronized boolean hasLeftScope(RecordKey key) {
        return leftScope.contains(key);
    }

    @Override
    public synchronized Optional<Set<String>> knownGrids() {
        return Optional.ofNullable(knownGrids);
    }

    @Override
    public synchronized void saveKnownGrids(Set<String> grids) {
        knownGrids = Set.copyOf(grids);
    }
}
