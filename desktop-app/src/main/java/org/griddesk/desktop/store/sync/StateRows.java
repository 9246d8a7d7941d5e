package org.griddesk.desktop.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;

/**
 * The sync states of records that are not simply synced (V4): pending, rejected with the reason, in conflict. A
 * record without a row is synced, so a first pull of a whole village writes nothing here, and the lists that show
 * states read a table of a handful of rows.
 */
final class StateRows {

    private static final int MAX_REASON = 2000;
    private static final String DELETE = "DELETE FROM record_states WHERE type = ? AND id = ?";
    private static final String UPDATE = "UPDATE record_states SET state = ?, reason = ? WHERE type = ? AND id = ?";
    private static final String INSERT = "INSERT INTO record_states (state, reason, type, id) VALUES (?, ?, ?, ?)";

    private final Transactions tx;

    StateRows(Transactions tx) {
        this.tx = tx;
    }

    RecordSyncStatus status(RecordKey key) {
        return tx.read("reading a sync state", c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT state, reason FROM record_states WHERE type = ? AND id = ?")) {
                RecordRows.bindKey(q, key, 1);
                try (ResultSet row = q.executeQuery()) {
                    return row.next() ? status(row.getString(1), row.getString(2)) : RecordSyncStatus.SYNCED;
                }
            }
        });
    }

    void setStatus(RecordKey key, RecordSyncStatus status) {
        tx.write("storing a sync state", c -> {
            write(c, Map.of(key, status));
            return null;
        });
    }

    /** Sets each state on the caller's connection: synced ones lose their row, the others get or update one. */
    static void write(Connection c, Map<RecordKey, RecordSyncStatus> states) throws SQLException {
        List<Map.Entry<RecordKey, RecordSyncStatus>> kept = new ArrayList<>();
        try (PreparedStatement delete = c.prepareStatement(DELETE)) {
            for (Map.Entry<RecordKey, RecordSyncStatus> entry : states.entrySet()) {
                if (entry.getValue().state() == SyncState.SYNCED) {
                    RecordRows.bindKey(delete, entry.getKey(), 1);
                    delete.addBatch();
                } else {
                    kept.add(entry);
                }
            }
            delete.executeBatch();
        }
        if (kept.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(UPDATE);
             PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (Map.Entry<RecordKey, RecordSyncStatus> entry : kept) {
                bind(update, entry.getKey(), entry.getValue());
                if (update.executeUpdate() == 0) {
                    bind(insert, entry.getKey(), entry.getValue());
                    insert.executeUpdate();
                }
            }
        }
    }

    /** The states of some keys, those without a row left out (they are synced). */
    static Map<RecordKey, RecordSyncStatus> of(Connection c, Collection<RecordKey> keys) throws SQLException {
        Map<RecordKey, RecordSyncStatus> states = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT s.id, s.state, s.reason FROM " + KeyChunks.WANTED
                + " JOIN record_states s" + KeyChunks.NESTED_LOOP + "ON s.id = wanted.id AND s.type = ?")) {
            for (KeyChunks.Chunk chunk : KeyChunks.of(keys)) {
                chunk.bind(q);
                try (ResultSet row = q.executeQuery()) {
                    while (row.next()) {
                        states.put(new RecordKey(chunk.type(), row.getString(1)),
                                status(row.getString(2), row.getString(3)));
                    }
                }
            }
        }
        return states;
    }

    Map<String, RecordSyncStatus> unsynced(String type) {
        return tx.read("reading sync states of " + type, c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id, state, reason FROM record_states WHERE type = ? ORDER BY id")) {
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
            try (PreparedStatement q = c.prepareStatement("SELECT type, id, state, reason FROM record_states "
                    + "WHERE state IN ('rejected', 'conflict') ORDER BY type, id");
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

    void delete(RecordKey key) {
        tx.write("dropping a record's sync state", c -> {
            try (PreparedStatement d = c.prepareStatement(DELETE)) {
                RecordRows.bindKey(d, key, 1);
                return d.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement statement, RecordKey key, RecordSyncStatus status)
            throws SQLException {
        statement.setString(1, status.state().name().toLowerCase(Locale.ROOT));
        statement.setString(2, clip(status.reason()));
        RecordRows.bindKey(statement, key, 3);
    }

    private static RecordSyncStatus status(String state, String reason) {
        return new RecordSyncStatus(SyncState.valueOf(state.toUpperCase(Locale.ROOT)), reason);
    }

    private static String clip(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }
}
