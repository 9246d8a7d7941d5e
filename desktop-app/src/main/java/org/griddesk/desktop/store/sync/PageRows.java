package org.griddesk.desktop.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.HeldRecord;
import org.griddesk.sync.store.RebasedRecord;
import org.griddesk.sync.store.RecordSyncStatus;

/**
 * The records table a pulled page at a time: what the device holds of all records of a page, read in a few
 * queries, and their new bases and views written in JDBC batches. Record by record, a first pull spent its time
 * in an update that missed, an insert and a second update per record, and in a handful of reads before them.
 * A view equal to its base (nothing pending, the usual case) is stored as a mark, not as a second JSON copy.
 */
final class PageRows {

    private static final String VALUES = "base = ?, base_rev = ?, base_deleted = ?, fields = ?, view_is_base = ?, "
            + "rev = ?, deleted = ?, updated_at = ?";
    private static final String UPDATE = "UPDATE records SET " + VALUES + " WHERE type = ? AND id = ?";
    private static final String INSERT = "INSERT INTO records (base, base_rev, base_deleted, fields, view_is_base, "
            + "rev, deleted, updated_at, type, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Transactions tx;
    private final Clock clock;
    private final KnownRows known;

    PageRows(Transactions tx, Clock clock, KnownRows known) {
        this.tx = tx;
        this.clock = clock;
        this.known = known;
    }

    /**
     * Base rev, state and left-scope mark of each of the keys that has a row or a state that is not synced;
     * pending edits are left empty.
     */
    Map<RecordKey, HeldRecord> held(Collection<RecordKey> keys) {
        return tx.read("reading the state of records", c -> {
            known.forget();
            Map<RecordKey, RecordSyncStatus> states = StateRows.of(c, keys);
            Map<RecordKey, HeldRecord> held = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT r.id, CASE WHEN r.base IS NULL THEN 0 "
                    + "ELSE r.base_rev END, r.left_scope FROM " + KeyChunks.WANTED
                    + " JOIN records r" + KeyChunks.NESTED_LOOP + "ON r.id = wanted.id AND r.type = ?")) {
                for (KeyChunks.Chunk chunk : KeyChunks.of(keys)) {
                    chunk.bind(q);
                    try (ResultSet row = q.executeQuery()) {
                        while (row.next()) {
                            RecordKey key = new RecordKey(chunk.type(), row.getString(1));
                            held.put(key, new HeldRecord(row.getLong(2),
                                    states.getOrDefault(key, RecordSyncStatus.SYNCED), row.getBoolean(3), List.of()));
                        }
                    }
                }
            }
            known.remember(c, keys, held.keySet());
            states.forEach((key, state) -> held.putIfAbsent(key, new HeldRecord(0, state, false, List.of())));
            return held;
        });
    }

    /**
     * Writes base and view of each record (of distinct keys), and the state where one is given: rows that exist
     * are updated and the others inserted, each kind in one JDBC batch. A record the puller found new to the
     * device is inserted without asking; on a new laptop that is every record.
     */
    void putRebased(List<RebasedRecord> rebased) {
        if (rebased.isEmpty()) {
            return;
        }
        tx.write("storing pulled records", c -> {
            List<RecordKey> keys = rebased.stream().filter(r -> !r.newToDevice()).map(r -> r.base().key()).toList();
            Set<RecordKey> existing = keys.isEmpty() ? Set.of() : known.present(c, keys).orElse(null);
            if (existing == null) {
                existing = existing(c, keys);
            }
            known.forget();
            Timestamp now = Timestamp.from(clock.instant());
            List<RebasedRecord> inserts = new ArrayList<>();
            List<RebasedRecord> updates = new ArrayList<>();
            Map<RecordKey, RecordSyncStatus> states = new LinkedHashMap<>();
            for (RebasedRecord record : rebased) {
                if (record.newToDevice() || !existing.contains(record.base().key())) {
                    inserts.add(record);
                } else {
                    updates.add(record);
                }
                if (record.status() != null) {
                    states.put(record.base().key(), record.status());
                }
            }
            write(c, INSERT, inserts, now);
            write(c, UPDATE, updates, now);
            StateRows.write(c, states);
            return null;
        });
    }

    /** Binds base, view and time, then the key. */
    private static void write(Connection c, String sql, List<RebasedRecord> records, Timestamp now)
            throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (RebasedRecord record : records) {
                bindRebased(statement, record, now);
                RecordRows.bindKey(statement, record.base().key(), 9);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void bindRebased(PreparedStatement statement, RebasedRecord record, Timestamp now)
            throws SQLException {
        String base = JsonColumns.write(record.base().fields());
        boolean viewIsBase = record.view().fields().equals(record.base().fields()); // nothing pending: the usual case
        statement.setString(1, base);
        statement.setLong(2, record.base().rev());
        statement.setBoolean(3, record.base().deleted());
        if (viewIsBase) { // the JSON is written once; the view reads it from base
            statement.setNull(4, Types.CLOB);
        } else {
            statement.setString(4, JsonColumns.write(record.view().fields()));
        }
        statement.setBoolean(5, viewIsBase);
        statement.setLong(6, record.view().rev());
        statement.setBoolean(7, record.view().deleted());
        statement.setTimestamp(8, now);
    }

    private static Set<RecordKey> existing(Connection c, List<RecordKey> keys) throws SQLException {
        Set<RecordKey> existing = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement("SELECT r.id FROM " + KeyChunks.WANTED + " JOIN records r"
                + KeyChunks.NESTED_LOOP + "ON r.id = wanted.id AND r.type = ?")) {
            for (KeyChunks.Chunk chunk : KeyChunks.of(keys)) {
                chunk.bind(q);
                try (ResultSet row = q.executeQuery()) {
                    while (row.next()) {
                        existing.add(new RecordKey(chunk.type(), row.getString(1)));
                    }
                }
            }
        }
        return existing;
    }
}
