package org.griddesk.platform.store.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.SequencedRecord;
import org.griddesk.sync.store.StoredConflict;

/**
 * The record states, history rows and conflicts one transaction has saved but not yet written: a push of
 * hundreds of changes then costs a handful of JDBC batches instead of three round trips per change.
 * Seqs are handed out at save time from the counter row this transaction holds locked, so their order is
 * the order of the saves and, across transactions, the order of the commits.
 */
final class DeferredRecordWrites implements CountyTransactions.DeferredWrites {
    private static final long COUNTER_NOT_LOCKED = -1;
    private static final String RESIDENT = "resident";
    private static final String ID_NUMBER = "idNumber";

    private final RecordRows records;
    private final ConflictRows conflicts;
    private final Map<RecordKey, SequencedRecord> latest = new LinkedHashMap<>();
    private final List<ServerRecord> revisions = new ArrayList<>();
    private final List<StoredConflict> newConflicts = new ArrayList<>();
    /** The duplicate check asks for every new resident; scanning every unwritten state each time was quadratic. */
    private final Map<String, Set<RecordKey>> residentsByIdNumber = new HashMap<>();
    private long lastSeq = COUNTER_NOT_LOCKED;
    private boolean counterMoved;

    DeferredRecordWrites(RecordRows records, ConflictRows conflicts) {
        this.records = records;
        this.conflicts = conflicts;
    }

    long save(Connection connection, ServerRecord record) throws SQLException {
        if (lastSeq == COUNTER_NOT_LOCKED) {
            lastSeq = records.lockCounter(connection);
        }
        long seq = ++lastSeq;
        counterMoved = true;
        SequencedRecord previous = latest.put(record.key(), new SequencedRecord(seq, record));
        if (previous != null) {
            idNumberOf(previous.record()).ifPresent(number -> residentsByIdNumber.get(number).remove(record.key()));
        }
        idNumberOf(record).ifPresent(number ->
                residentsByIdNumber.computeIfAbsent(number, n -> new LinkedHashSet<>()).add(record.key()));
        revisions.add(record);
        return seq;
    }

    private static Optional<String> idNumberOf(ServerRecord record) {
        return RESIDENT.equals(record.type()) && record.fields().get(ID_NUMBER) instanceof String number
                ? Optional.of(number) : Optional.empty();
    }

    void addConflict(StoredConflict conflict) {
        newConflicts.add(conflict);
    }

    /** The state saved in this transaction and not yet written, if any. */
    Optional<ServerRecord> unwritten(RecordKey key) {
        return Optional.ofNullable(latest.get(key)).map(SequencedRecord::record);
    }

    /** The unwritten states of residents holding this identity number, deleted ones included. */
    List<ServerRecord> unwrittenResidentsWithIdNumber(String idNumber) {
        return residentsByIdNumber.getOrDefault(idNumber, Set.of()).stream()
                .map(key -> latest.get(key).record()).toList();
    }

    /** Every state saved in this transaction and not yet written. */
    Collection<ServerRecord> unwrittenStates() {
        return latest.values().stream().map(SequencedRecord::record).toList();
    }

    @Override
    public void flush(Connection connection) throws SQLException {
        if (!latest.isEmpty()) {
            records.writeAll(connection, latest.values(), revisions, counterMoved ? lastSeq : 0);
            counterMoved = false;
            latest.clear();
            residentsByIdNumber.clear();
            revisions.clear();
        }
        if (!newConflicts.isEmpty()) {
            conflicts.addAll(connection, newConflicts);
            newConflicts.clear();
        }
    }
}
