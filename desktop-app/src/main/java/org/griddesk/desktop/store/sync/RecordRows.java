package org.griddesk.desktop.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.HeldRecord;
import org.griddesk.sync.store.RebasedRecord;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;

/**
 * The records table: one row per record with its local view (fields, rev, deleted), its base (base, base_rev,
 * base_deleted), its sync state with reason and the left-scope mark. A row without base and view only carries
 * a state.
 */
final class RecordRows {

    private static final int MAX_REASON = 2000;

    private final Transactions tx;
    private final Clock clock;
    private final ThreadLocal<KnownRows> known = new ThreadLocal<>();

    /**
     * Which of some keys had a row when {@link #held} read them, on the connection of that transaction: the
     * pulled page written right after needs exactly this to choose between insert and update. Forgotten whenever
     * this class adds or removes a row, and never trusted on another connection (another transaction).
     */
    private record KnownRows(Connection connection, Set<RecordKey> asked, Set<RecordKey> present) {

        boolean answers(Connection c, Collection<RecordKey> keys) {
            return connection == c && asked.containsAll(keys);
        }
    }

    RecordRows(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    Optional<SyncRecord> base(RecordKey key) {
        return tx.read("reading a record base", c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT base, base_rev, base_deleted FROM records WHERE type = ? AND id = ? AND base IS NOT NULL")) {
                bindKey(q, key, 1);
                try (ResultSet row = q.executeQuery()) {
                    return row.next()
                            ? Optional.of(record(key, row.getString(1), row.getLong(2), row.getBoolean(3)))
                            : Optional.empty();
                }
            }
        });
    }

    Optional<SyncRecord> view(RecordKey key) {
        return tx.read("reading a local view", c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT fields, rev, deleted FROM records WHERE type = ? AND id = ? AND fields IS NOT NULL")) {
                bindKey(q, key, 1);
                try (ResultSet row = q.executeQuery()) {
                    return row.next()
                            ? Optional.of(record(key, row.getString(1), row.getLong(2), row.getBoolean(3)))
                            : Optional.empty();
                }
            }
        });
    }

    List<SyncRecord> views(String type) {
        return tx.read("reading local views of " + type, c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id, fields, rev, deleted FROM records WHERE type = ? AND fields IS NOT NULL ORDER BY id")) {
                q.setString(1, type);
                List<SyncRecord> views = new ArrayList<>();
                try (ResultSet row = q.executeQuery()) {
                    while (row.next()) {
                        views.add(record(new RecordKey(type, row.getString(1)), row.getString(2), row.getLong(3),
                                row.getBoolean(4)));
                    }
                }
                return views;
            }
        });
    }

    void putBase(SyncRecord base) {
        upsert("storing a record base", base.key(), "base = ?, base_rev = ?, base_deleted = ?",
                "base, base_rev, base_deleted", q -> {
                    q.setString(1, JsonColumns.write(base.fields()));
                    q.setLong(2, base.rev());
                    q.setBoolean(3, base.deleted());
                    return 4;
                });
    }

    void putView(SyncRecord view) {
        upsert("storing a local view", view.key(), "fields = ?, rev = ?, deleted = ?", "fields, rev, deleted", q -> {
            q.setString(1, JsonColumns.write(view.fields()));
            q.setLong(2, view.rev());
            q.setBoolean(3, view.deleted());
            return 4;
        });
    }

    void setStatus(RecordKey key, RecordSyncStatus status) {
        upsert("storing a sync state", key, "sync_state = ?, sync_reason = ?", "sync_state, sync_reason", q -> {
            q.setString(1, stateName(status.state()));
            q.setString(2, clip(status.reason()));
            return 3;
        });
    }

    RecordSyncStatus status(RecordKey key) {
        return tx.read("reading a sync state", c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT sync_state, sync_reason FROM records WHERE type = ? AND id = ?")) {
                bindKey(q, key, 1);
                try (ResultSet row = q.executeQuery()) {
                    return row.next() ? status(row.getString(1), row.getString(2)) : RecordSyncStatus.SYNCED;
                }
            }
        });
    }

    Map<String, RecordSyncStatus> unsyncedStatuses(String type) {
        return tx.read("reading sync states of " + type, c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id, sync_state, sync_reason FROM records WHERE type = ? AND sync_state <> 'synced' "
                            + "ORDER BY id")) {
                q.setString(1, type);
                Map<String, RecordSyncStatus> states = new LinkedHashMap<>();
                try (ResultSet row = q.executeQuery()) {
                    while (row.next()) {
                        states.put(row.getString(1), status(row.getString(2), row.getString(3)));
                    }
                }
                return states;
            }
        });
    }

    List<TroubledRecord> troubled() {
        return tx.read("reading records in trouble", c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT type, id, sync_state, sync_reason FROM records "
                    + "WHERE sync_state IN ('rejected', 'conflict') ORDER BY type, id");
                 ResultSet row = q.executeQuery()) {
                List<TroubledRecord> troubled = new ArrayList<>();
                while (row.next()) {
                    troubled.add(new TroubledRecord(new RecordKey(row.getString(1), row.getString(2)),
                            status(row.getString(3), row.getString(4))));
                }
                return troubled;
            }
        });
    }

    void setLeftScope(RecordKey key, boolean left) {
        if (!left && !leftScope(key)) {
            return; // the usual case on every pulled record: a missing row reads as in scope, nothing to write
        }
        upsert("marking a record out of scope", key, "left_scope = ?", "left_scope", q -> {
            q.setBoolean(1, left);
            return 2;
        });
    }

    boolean leftScope(RecordKey key) {
        return tx.read("reading the left-scope mark", c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT left_scope FROM records WHERE type = ? AND id = ?")) {
                bindKey(q, key, 1);
                try (ResultSet row = q.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        });
    }

    /** Base rev, state and left-scope mark of each of the keys that has a row; pending edits are left empty. */
    Map<RecordKey, HeldRecord> held(Collection<RecordKey> keys) {
        return tx.read("reading the state of records", c -> {
            Map<RecordKey, HeldRecord> held = new HashMap<>();
            known.remove();
            try (PreparedStatement q = c.prepareStatement("SELECT r.id, CASE WHEN r.base IS NULL THEN 0 "
                    + "ELSE r.base_rev END, r.sync_state, r.sync_reason, r.left_scope FROM " + KeyChunks.WANTED
                    + " JOIN records r" + KeyChunks.NESTED_LOOP + "ON r.id = wanted.id AND r.type = ?")) {
                for (KeyChunks.Chunk chunk : KeyChunks.of(keys)) {
                    chunk.bind(q);
                    try (ResultSet row = q.executeQuery()) {
                        while (row.next()) {
                            held.put(new RecordKey(chunk.type(), row.getString(1)), new HeldRecord(row.getLong(2),
                                    status(row.getString(3), row.getString(4)), row.getBoolean(5), List.of()));
                        }
                    }
                }
            }
            known.set(new KnownRows(c, Set.copyOf(keys), Set.copyOf(held.keySet())));
            return held;
        });
    }

    /**
     * Writes base and view of each record (of distinct keys), and the state where one is given: rows that exist
     * are updated and the others inserted whole, each kind in one JDBC batch, instead of an update that misses
     * followed by an insert and a second update per record.
     */
    void putRebased(List<RebasedRecord> rebased) {
        if (rebased.isEmpty()) {
            return;
        }
        tx.write("storing pulled records", c -> {
            List<RecordKey> keys = rebased.stream().map(r -> r.base().key()).toList();
            KnownRows rows = known.get();
            Set<RecordKey> existing = rows != null && rows.answers(c, keys) ? rows.present() : existing(c, keys);
            known.remove();
            Timestamp now = Timestamp.from(clock.instant());
            try (PreparedStatement update = c.prepareStatement("UPDATE records SET base = ?, base_rev = ?, "
                    + "base_deleted = ?, fields = ?, rev = ?, deleted = ?, updated_at = ? WHERE type = ? AND id = ?");
                 PreparedStatement updateWithState = c.prepareStatement("UPDATE records SET base = ?, base_rev = ?, "
                    + "base_deleted = ?, fields = ?, rev = ?, deleted = ?, updated_at = ?, sync_state = ?, "
                    + "sync_reason = ? WHERE type = ? AND id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO records (base, base_rev, base_deleted, "
                    + "fields, rev, deleted, updated_at, sync_state, sync_reason, type, id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int[] batched = new int[3];
                for (RebasedRecord record : rebased) {
                    RecordKey key = record.base().key();
                    PreparedStatement statement;
                    int next = 8;
                    if (!existing.contains(key)) {
                        statement = insert;
                        RecordSyncStatus state = record.status() == null ? RecordSyncStatus.SYNCED : record.status();
                        bindRebased(statement, record, now);
                        statement.setString(next++, stateName(state.state()));
                        statement.setString(next++, clip(state.reason()));
                        batched[2]++;
                    } else if (record.status() != null) {
                        statement = updateWithState;
                        bindRebased(statement, record, now);
                        statement.setString(next++, stateName(record.status().state()));
                        statement.setString(next++, clip(record.status().reason()));
                        batched[1]++;
                    } else {
                        statement = update;
                        bindRebased(statement, record, now);
                        batched[0]++;
                    }
                    bindKey(statement, key, next);
                    statement.addBatch();
                }
                PreparedStatement[] statements = {update, updateWithState, insert};
                for (int i = 0; i < statements.length; i++) {
                    if (batched[i] > 0) {
                        statements[i].executeBatch();
                    }
                }
            }
            return null;
        });
    }

    private static void bindRebased(PreparedStatement statement, RebasedRecord record, Timestamp now)
            throws SQLException {
        statement.setString(1, JsonColumns.write(record.base().fields()));
        statement.setLong(2, record.base().rev());
        statement.setBoolean(3, record.base().deleted());
        statement.setString(4, JsonColumns.write(record.view().fields()));
        statement.setLong(5, record.view().rev());
        statement.setBoolean(6, record.view().deleted());
        statement.setTimestamp(7, now);
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

    Set<RecordKey> keysWithData() {
        return tx.read("listing records", c -> {
            Set<RecordKey> keys = new LinkedHashSet<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT type, id FROM records WHERE base IS NOT NULL OR fields IS NOT NULL ORDER BY type, id");
                 ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    keys.add(new RecordKey(row.getString(1), row.getString(2)));
                }
            }
            return keys;
        });
    }

    void delete(RecordKey key) {
        known.remove();
        tx.write("dropping a record", c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM records WHERE type = ? AND id = ?")) {
                bindKey(d, key, 1);
                return d.executeUpdate();
            }
        });
    }

    /** Binds the changed columns and returns the next parameter index. */
    @FunctionalInterface
    private interface Binder {
        int bind(PreparedStatement statement) throws SQLException;
    }

    private void upsert(String what, RecordKey key, String assignments, String columns, Binder binder) {
        tx.write(what, c -> {
            Timestamp now = Timestamp.from(clock.instant());
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE records SET " + assignments + ", updated_at = ? WHERE type = ? AND id = ?")) {
                int next = binder.bind(u);
                u.setTimestamp(next, now);
                bindKey(u, key, next + 1);
                if (u.executeUpdate() > 0) {
                    return null;
                }
            }
            insert(c, key, columns, binder, now);
            return null;
        });
    }

    private void insert(Connection c, RecordKey key, String columns, Binder binder, Timestamp now)
            throws SQLException {
        known.remove();
        String marks = "?, ".repeat(columns.split(",").length);
        boolean stateGiven = columns.contains("sync_state");
        String sql = "INSERT INTO records (" + columns + ", updated_at, type, id"
                + (stateGiven ? "" : ", sync_state") + ") VALUES (" + marks + "?, ?, ?"
                + (stateGiven ? "" : ", 'synced'") + ")";
        try (PreparedStatement i = c.prepareStatement(sql)) {
            int next = binder.bind(i);
            i.setTimestamp(next, now);
            bindKey(i, key, next + 1);
            i.executeUpdate();
        }
    }

    private static void bindKey(PreparedStatement statement, RecordKey key, int index) throws SQLException {
        statement.setString(index, key.type());
        statement.setString(index + 1, key.id());
    }

    private static SyncRecord record(RecordKey key, String json, long rev, boolean deleted) {
        return new SyncRecord(key.type(), key.id(), JsonColumns.readFields(json), rev, deleted);
    }

    private static RecordSyncStatus status(String state, String reason) {
        return new RecordSyncStatus(SyncState.valueOf(state.toUpperCase(Locale.ROOT)), reason);
    }

    static String stateName(SyncState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static String clip(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }
}
