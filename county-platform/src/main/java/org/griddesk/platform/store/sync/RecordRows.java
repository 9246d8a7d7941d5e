package org.griddesk.platform.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.griddesk.sync.merge.FieldStamp;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.SequencedRecord;

/** The latest record states, their history and the seq counter of one county. */
final class RecordRows {
    private static final String COLUMNS = "type, id, rev, fields::text, deleted, stamps::text";
    /**
     * The latest states, every revision and the counter in one statement and one round trip: the rows come as
     * parallel arrays (the statement's text never changes with the batch, so the server plans it once), a revision
     * that is its record's latest state carries its seq and its full stamps. The JSON is parsed once per row (the
     * CTE read twice is materialised), not once per table.
     */
    private static final String WRITE_ALL = "WITH incoming AS (SELECT type, id, grid, rev, fields::jsonb AS fields, "
            + "stamps::jsonb AS stamps, changed::jsonb AS changed, deleted, seq FROM unnest(?::text[], ?::text[], "
            + "?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::bigint[]) "
            + "AS t(type, id, grid, rev, fields, stamps, changed, deleted, seq)), "
            + "latest AS (INSERT INTO sync_records (county_code, type, id, grid, rev, fields, stamps, deleted, seq) "
            + "SELECT ?, type, id, grid, rev, fields, stamps, deleted, seq FROM incoming "
            + "WHERE seq IS NOT NULL "
            + "ON CONFLICT (county_code, type, id) DO UPDATE SET grid = EXCLUDED.grid, rev = EXCLUDED.rev, "
            + "fields = EXCLUDED.fields, stamps = EXCLUDED.stamps, deleted = EXCLUDED.deleted, "
            + "seq = EXCLUDED.seq), "
            + "counter AS (UPDATE sync_counters SET last_seq = ? WHERE county_code = ? AND ? > 0) "
            + "INSERT INTO sync_record_history (county_code, type, id, grid, rev, fields, stamps, deleted) "
            + "SELECT ?, type, id, grid, rev, fields, changed, deleted FROM incoming";

    private final String county;

    RecordRows(String county) {
        this.county = county;
    }

    /**
     * Writes the latest states, one row per record (a record saved twice in a transaction is written once), every
     * revision into the history and, when {@code lastSeq} is positive, the counter; each record's JSON is made once.
     * A history row keeps the revision's whole fields (the base of a conflict, the grid a record was in) but only the
     * stamps of the fields that revision changed: no reader of the history looks at stamps, and the full set, a stamp
     * per field, was most of what a one-field change wrote. The latest state keeps every stamp (the merge needs them).
     */
    void writeAll(Connection connection, Collection<SequencedRecord> latest, List<ServerRecord> revisions,
                  long lastSeq) throws SQLException {
        Map<ServerRecord, Long> seqs = new IdentityHashMap<>();
        latest.forEach(row -> seqs.put(row.record(), row.seq()));
        int size = revisions.size();
        String[] types = new String[size];
        String[] ids = new String[size];
        String[] grids = new String[size];
        Long[] revs = new Long[size];
        String[] fields = new String[size];
        String[] stamps = new String[size];
        String[] changed = new String[size];
        Boolean[] deleted = new Boolean[size];
        Long[] seqOf = new Long[size];
        for (int i = 0; i < size; i++) {
            ServerRecord record = revisions.get(i);
            Object grid = record.fields().get("grid");
            types[i] = record.type();
            ids[i] = record.id();
            grids[i] = grid == null ? null : grid.toString();
            revs[i] = record.rev();
            fields[i] = JsonColumns.fieldsJson(record.fields());
            seqOf[i] = seqs.remove(record);
            stamps[i] = seqOf[i] == null ? null : JsonColumns.stampsJson(record.stamps());
            changed[i] = JsonColumns.stampsJson(changedIn(record));
            deleted[i] = record.deleted();
        }
        if (!seqs.isEmpty()) {
            throw new IllegalStateException("A latest state that is none of the revisions");
        }
        try (PreparedStatement write = connection.prepareStatement(WRITE_ALL)) {
            // typed Java arrays go to the server in binary: the JSON texts are not escaped into an array literal
            write.setObject(1, types);
            write.setObject(2, ids);
            write.setObject(3, grids);
            write.setObject(4, revs);
            write.setObject(5, fields);
            write.setObject(6, stamps);
            write.setObject(7, changed);
            write.setObject(8, deleted);
            write.setObject(9, seqOf);
            write.setString(10, county);
            write.setLong(11, lastSeq);
            write.setString(12, county);
            write.setLong(13, lastSeq);
            write.setString(14, county);
            write.executeUpdate();
        }
    }

    /** The stamps a revision set: those carrying its own rev (a create's are all of them). */
    static Map<String, FieldStamp> changedIn(ServerRecord record) {
        Map<String, FieldStamp> changed = new TreeMap<>();
        record.stamps().forEach((field, stamp) -> {
            if (stamp.rev() == record.rev()) {
                changed.put(field, stamp);
            }
        });
        return changed;
    }

    /**
     * Locks the county's counter row until commit and returns its value: from here on this transaction
     * hands out the following seqs itself, and a concurrent one waits, so seq still follows commit order.
     */
    long lockCounter(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("INSERT INTO sync_counters (county_code, last_seq) "
                + "VALUES (?, 0) ON CONFLICT (county_code) DO UPDATE SET last_seq = sync_counters.last_seq "
                + "RETURNING last_seq")) {
            lock.setString(1, county);
            try (ResultSet rows = lock.executeQuery()) {
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

    /** The current states of many records in one query; absent keys are simply not in the map. */
    Map<RecordKey, ServerRecord> findAll(Connection connection, Collection<RecordKey> keys) throws SQLException {
        Map<RecordKey, ServerRecord> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM sync_records "
                + "WHERE county_code = ? AND (type, id) IN (SELECT * FROM unnest(?::text[], ?::text[]))")) {
            query.setString(1, county);
            query.setObject(2, keys.stream().map(RecordKey::type).toArray(String[]::new));
            query.setObject(3, keys.stream().map(RecordKey::id).toArray(String[]::new));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ServerRecord record = record(rows);
                    found.put(record.key(), record);
                }
            }
        }
        return found;
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
            return sequenced(query);
        }
    }

    /**
     * The changes after the cursor of records in one of these grids now or in an earlier revision (a record that
     * left them is announced to the devices that held it), and form templates. PostgreSQL skips the rest of the
     * county, which reached the platform's Java and the wire a page at a time before.
     */
    List<SequencedRecord> changesAfter(Connection connection, long afterSeq, int limit, Set<String> grids)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + ", seq FROM sync_records r "
                + "WHERE county_code = ? AND seq > ? AND (grid = ANY (?::text[]) OR type = 'form_template' "
                + "OR EXISTS (SELECT 1 FROM sync_record_history h WHERE h.county_code = r.county_code "
                + "AND h.type = r.type AND h.id = r.id AND h.grid = ANY (?::text[]))) ORDER BY seq LIMIT ?")) {
            String[] codes = grids.toArray(String[]::new);
            query.setString(1, county);
            query.setLong(2, afterSeq);
            query.setObject(3, codes);
            query.setObject(4, codes);
            query.setInt(5, limit);
            return sequenced(query);
        }
    }

    /** The rows of a query selecting {@link #COLUMNS} and then seq. */
    private static List<SequencedRecord> sequenced(PreparedStatement query) throws SQLException {
        List<SequencedRecord> changes = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                changes.add(new SequencedRecord(rows.getLong(7), record(rows)));
            }
        }
        return changes;
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
