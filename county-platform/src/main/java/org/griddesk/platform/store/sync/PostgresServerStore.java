package org.griddesk.platform.store.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.griddesk.platform.store.StoreException;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.SequencedRecord;
import org.griddesk.sync.store.ServerStore;
import org.griddesk.sync.store.StoredBatch;
import org.griddesk.sync.store.StoredConflict;
import org.griddesk.sync.wire.PushResponse;

/**
 * The sync core's storage on PostgreSQL, for one county. {@link #inTransaction} is a writing transaction
 * holding the county's push lock; a call outside any transaction runs in one of its own. Saved records and
 * conflicts are written in batches ({@link DeferredRecordWrites}): at commit, or before any query that
 * could see them.
 */
public final class PostgresServerStore implements ServerStore {
    private final CountyTransactions transactions;
    private final RecordRows records;
    private final BatchRows batches;
    private final ConflictRows conflicts;

    public PostgresServerStore(CountyTransactions transactions) {
        this.transactions = transactions;
        this.records = new RecordRows(transactions.county());
        this.batches = new BatchRows(transactions.county());
        this.conflicts = new ConflictRows(transactions.county());
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.write(work);
    }

    @Override
    public Optional<ServerRecord> find(RecordKey key) {
        return readingCurrent(connection -> {
            Optional<ServerRecord> unwritten = pendingWrites().flatMap(writes -> writes.unwritten(key));
            return unwritten.isPresent() ? unwritten : records.find(connection, key);
        });
    }

    @Override
    public Map<RecordKey, ServerRecord> findAll(Collection<RecordKey> keys) {
        return readingCurrent(connection -> {
            Map<RecordKey, ServerRecord> found = new HashMap<>();
            List<RecordKey> stored = new ArrayList<>();
            Optional<DeferredRecordWrites> pending = pendingWrites();
            for (RecordKey key : keys) {
                pending.flatMap(writes -> writes.unwritten(key)).ifPresentOrElse(
                        record -> found.put(key, record), () -> stored.add(key));
            }
            found.putAll(records.findAll(connection, stored));
            return found;
        });
    }

    @Override
    public Optional<ServerRecord> version(RecordKey key, long rev) {
        return reading(connection -> records.version(connection, key, rev));
    }

    @Override
    public List<ServerRecord> history(RecordKey key) {
        return reading(connection -> records.history(connection, key));
    }

    @Override
    public Map<RecordKey, List<ServerRecord>> histories(Collection<RecordKey> keys) {
        return reading(connection -> records.histories(connection, keys));
    }

    @Override
    public long save(ServerRecord record) {
        return writing(connection -> deferredWrites().save(connection, record));
    }

    @Override
    public List<SequencedRecord> changesAfter(long afterSeq, int limit) {
        return reading(connection -> records.changesAfter(connection, afterSeq, limit));
    }

    @Override
    public List<SequencedRecord> changesAfter(long afterSeq, int limit, Set<String> grids) {
        return reading(connection -> records.changesAfter(connection, afterSeq, limit, grids));
    }

    @Override
    public long lastSeq() {
        return reading(records::lastSeq);
    }

    @Override
    public Optional<PushResponse> batchResult(String deviceId, String batchId) {
        return storedBatch(deviceId, batchId).map(StoredBatch::response);
    }

    @Override
    public Optional<StoredBatch> storedBatch(String deviceId, String batchId) {
        return reading(connection -> batches.find(connection, deviceId, batchId));
    }

    @Override
    public void saveBatchResult(String deviceId, String batchId, PushResponse response) {
        saveBatch(deviceId, batchId, new StoredBatch(null, response));
    }

    @Override
    public void saveBatch(String deviceId, String batchId, StoredBatch batch) {
        writing(connection -> {
            batches.save(connection, deviceId, batchId, batch);
            return null;
        });
    }

    @Override
    public void addConflict(StoredConflict conflict) {
        writing(connection -> {
            deferredWrites().addConflict(conflict);
            return null;
        });
    }

    @Override
    public List<StoredConflict> conflicts() {
        return reading(conflicts::all);
    }

    /** Runs a query; what this transaction deferred is written first, so the query sees it. */
    private <T> T reading(SqlWork<T> work) {
        return transactions.read(() -> {
            transactions.flushDeferred();
            return call(work);
        });
    }

    /**
     * Runs a query of current record states without flushing: a record with unwritten changes is answered
     * from memory, and the stored row of any other record is already its current state.
     */
    private <T> T readingCurrent(SqlWork<T> work) {
        return transactions.read(() -> call(work));
    }

    private <T> T writing(SqlWork<T> work) {
        return transactions.write(() -> call(work));
    }

    private DeferredRecordWrites deferredWrites() {
        return transactions.deferred(this, DeferredRecordWrites.class,
                () -> new DeferredRecordWrites(records, conflicts));
    }

    /** The writes deferred in the open writing transaction, without creating them. */
    private Optional<DeferredRecordWrites> pendingWrites() {
        return transactions.existingDeferred(this, DeferredRecordWrites.class);
    }

    private <T> T call(SqlWork<T> work) {
        try {
            return work.run(transactions.connection());
        } catch (SQLException e) {
            throw new StoreException("Sync store failure", e);
        }
    }

    /** One step of SQL on the connection of the open transaction. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
