package org.griddesk.platform.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.SequencedRecord;

/** The latest record states, their history and the seq counter of one county. */
final class RecordRows {
    private static final String COLUMNS = "type, id, rev, fields::text, deleted, stamps::text";

    private final String county;

    RecordRows(String county) {
        this.county = county;
    }

    long save(Connection connection, ServerRecord record) throws SQLException {
        long seq = nextSeq(connection);
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO sync_records "
                + "(county_code, type, id, grid, rev, fields, stamps, deleted, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (county_code, type, id) DO UPDATE SET grid = EXCLUDED.grid, rev = EXCLUDED.rev, "
                + "fields = EXCLUDED.fields, stamps = EXCLUDED.stamps, deleted = EXCLUDED.deleted, "
                + "seq = EXCLUDED.seq")) {
            bindState(upsert, record);
            upsert.setLong(9, seq);
            upsert.executeUpdate();
        }
        try (PreparedStatement history = connection.prepareStatement("INSERT INTO sync_record_history "
                + "(county_code, type, id, grid, rev, fields, stamps, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindState(history, record);
            history.executeUpdate();
        }
        return seq;
    }

    private void bindState(PreparedStatement statement, ServerRecord record) throws SQLException {
        statement.setString(1, county);
        statement.setString(2, record.type());
        statement.setString(3, record.id());
        Object grid = record.fields().get("grid");
        statement.setString(4, grid == null ? null : grid.toString());
        statement.setLong(5, record.rev());
        JsonColumns.set(statement, 6, record.fields());
        statement.setObject(7, JsonColumns.stampsJson(record.stamps()), java.sql.Types.OTHER);
        statement.setBoolean(8, record.deleted());
    }

    /** The row lock of the UPDATE is held until commit: the next seq waits until this one is visible. */
    private long nextSeq(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("INSERT INTO sync_counters (county_code, last_seq) "
                + "VALUES (?, 1) ON CONFLICT (county_code) DO UPDATE SET last_seq = sync_counters.last_seq + 1 "
                + "RETURNING last_seq")) {
            next.setString(1, county);
            try (ResultSet rows = next.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    long lastSeq(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT last_seq FROM sync_counters WHERE county_code = ?")) {
            query.setString(1, county);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    Optional<ServerRecord> find(Connection connection, RecordKey key) throws SQLException {
        List<ServerRecord> found = records(connection, "SELECT " + COLUMNS + " FROM sync_records "
                + "WHERE county_code = ? AND type = ? AND id = ?", key, null);
        return found.stream().findFirst();
    }

    Optional<ServerRecord> version(Connection connection, RecordKey key, long rev) throws SQLException {
        return records(connection, "SELECT " + COLUMNS + " FROM sync_record_history "
                + "WHERE county_code = ? AND type = ? AND id = ? AND rev = ?", key, rev).stream().findFirst();
    }

    List<ServerRecord> history(Connection connection, RecordKey key) throws SQLException {
        return records(connection, "SELECT " + COLUMNS + " FROM sync_record_history "
                + "WHERE county_code = ? AND type = ? AND id = ? ORDER BY rev", key, null);
    }

    /** Histories of many records in one query (one county, so it stays on one Citus shard). */
    Map<RecordKey, List<ServerRecord>> histories(Connection connection, Collection<RecordKey> keys)
            throws SQLException {
        Map<RecordKey, List<ServerRecord>> histories = new LinkedHashMap<>();
        keys.forEach(key -> histories.put(key, new ArrayList<>()));
        Array types = connection.createArrayOf("text", keys.stream().map(RecordKey::type).toArray());
        Array ids = connection.createArrayOf("text", keys.stream().map(RecordKey::id).toArray());
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM sync_record_history "
                + "WHERE county_code = ? AND (type, id) IN (SELECT * FROM unnest(?::text[], ?::text[])) "
                + "ORDER BY type, id, rev")) {
            query.setString(1, county);
            query.setArray(2, types);
            query.setArray(3, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ServerRecord version = record(rows);
                    histories.get(version.key()).add(version);
                }
            }
        } finally {
            types.free();
            ids.free();
        }
        return histories;
    }

    List<SequencedRecord> changesAfter(Connection connection, long afterSeq, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + ", seq FROM sync_records "
                + "WHERE county_code = ? AND seq > ? ORDER BY seq LIMIT ?")) {
            query.setString(1, county);
            query.setLong(2, afterSeq);
            query.setInt(3, limit);
            List<SequencedRecord> changes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.add(new SequencedRecord(rows.getLong(7), record(rows)));
                }
            }
            return changes;
        }
    }

    private List<ServerRecord> records(Connection connection, String sql, RecordKey key, Long rev)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, county);
            query.setString(2, key.type());
            query.setString(3, key.id());
            if (rev != null) {
                query.setLong(4, rev);
            }
            List<ServerRecord> records = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    records.add(record(rows));
                }
            }
            return records;
        }
    }

    static ServerRecord record(ResultSet rows) throws SQLException {
        return new ServerRecord(rows.getString(1), rows.getString(2), rows.getLong(3),
                JsonColumns.fields(rows.getString(4)), rows.getBoolean(5), JsonColumns.stamps(rows.getString(6)));
    }
}
