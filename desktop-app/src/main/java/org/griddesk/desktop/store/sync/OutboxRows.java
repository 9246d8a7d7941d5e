package org.griddesk.desktop.store.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.OutboxEntry;
import org.griddesk.sync.store.OutboxPosition;

/**
 * The append-only outbox journal. Acknowledged entries stay as history with acked_at set (the status bar counts
 * the others); discarded and dropped ones are deleted.
 */
final class OutboxRows {

    private static final String COLUMNS = "seq, record_type, record_id, field, value, hlc, base_rev";
    private static final String QUALIFIED_COLUMNS = "o.seq, o.record_type, o.record_id, o.field, o.value, o.hlc, "
            + "o.base_rev";

    private final Transactions tx;
    private final Clock clock;

    OutboxRows(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    OutboxEntry append(RecordKey key, String field, Object value, Hlc hlc, long baseRev) {
        return tx.write("appending to the outbox", c -> {
            try (PreparedStatement i = c.prepareStatement(
                    "INSERT INTO outbox (record_type, record_id, field, value, hlc, base_rev, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                i.setString(1, key.type());
                i.setString(2, key.id());
                i.setString(3, field);
                i.setString(4, JsonColumns.write(value));
                i.setString(5, hlc.toString());
                i.setLong(6, baseRev);
                i.setTimestamp(7, Timestamp.from(clock.instant()));
                i.executeUpdate();
                try (ResultSet generated = i.getGeneratedKeys()) {
                    generated.next();
                    return new OutboxEntry(generated.getLong(1), key, field, value, hlc, baseRev);
                }
            }
        });
    }

    List<OutboxEntry> unacknowledged() {
        return query("reading the outbox", "SELECT " + COLUMNS + " FROM outbox WHERE acked_at IS NULL ORDER BY seq",
                null);
    }

    /**
     * Walks the index of entries not yet acknowledged in seq order (V8), so a page costs what it holds: no sort of the
     * whole outbox, no values read.
     */
    static final String WALK = "SELECT seq, record_type, record_id FROM outbox WHERE acked_at IS NULL AND seq >= ? "
            + "ORDER BY seq";

    List<OutboxPosition> unacknowledgedFrom(long fromSeq, int limit) {
        return tx.read("reading the outbox", c -> {
            try (PreparedStatement q = c.prepareStatement(WALK)) {
                q.setMaxRows(limit);
                q.setLong(1, fromSeq);
                List<OutboxPosition> positions = new ArrayList<>();
                try (ResultSet row = q.executeQuery()) {
                    while (positions.size() < limit && row.next()) {
                        positions.add(new OutboxPosition(row.getLong(1), new RecordKey(row.getString(2),
                                row.getString(3))));
                    }
                }
                return positions;
            }
        });
    }

    List<OutboxEntry> unacknowledged(RecordKey key) {
        // sorted here rather than by ORDER BY: a record has a handful of entries, and Derby's sorter costs more
        // than the query (it looks up message texts for its statistics every time it opens)
        List<OutboxEntry> entries = query("reading pending edits", "SELECT " + COLUMNS + " FROM outbox "
                + "WHERE acked_at IS NULL AND record_type = ? AND record_id = ?", key);
        entries.sort(Comparator.comparingLong(OutboxEntry::seq));
        return entries;
    }

    /** The pending edits of each of the keys that has any, in seq order. */
    Map<RecordKey, List<OutboxEntry>> unacknowledged(Collection<RecordKey> keys) {
        return tx.read("reading pending edits", c -> {
            Map<RecordKey, List<OutboxEntry>> pending = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + QUALIFIED_COLUMNS + " FROM " + KeyChunks.WANTED
                    + " JOIN outbox o" + KeyChunks.NESTED_LOOP
                    + "ON o.record_id = wanted.id AND o.record_type = ? WHERE o.acked_at IS NULL")) {
                for (KeyChunks.Chunk chunk : KeyChunks.of(keys)) {
                    chunk.bind(q);
                    try (ResultSet row = q.executeQuery()) {
                        while (row.next()) {
                            OutboxEntry entry = entry(row);
                            pending.computeIfAbsent(entry.record(), key -> new ArrayList<>()).add(entry);
                        }
                    }
                }
            }
            pending.values().forEach(entries -> entries.sort(Comparator.comparingLong(OutboxEntry::seq)));
            return pending;
        });
    }

    Set<RecordKey> keysWithPendingEdits() {
        Set<RecordKey> keys = new LinkedHashSet<>();
        unacknowledged().forEach(entry -> keys.add(entry.record()));
        return keys;
    }

    void acknowledge(Collection<Long> seqs) {
        tx.write("acknowledging outbox entries", c -> {
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE outbox SET acked_at = ? WHERE seq = ? AND acked_at IS NULL")) {
                Timestamp now = Timestamp.from(clock.instant());
                for (Long seq : seqs) {
                    u.setTimestamp(1, now);
                    u.setLong(2, seq);
                    u.addBatch();
                }
                u.executeBatch();
            }
            return null;
        });
    }

    void deletePending(RecordKey key) {
        delete("discarding pending edits",
                "DELETE FROM outbox WHERE acked_at IS NULL AND record_type = ? AND record_id = ?", key);
    }

    void deleteAll(RecordKey key) {
        delete("dropping a record's journal", "DELETE FROM outbox WHERE record_type = ? AND record_id = ?", key);
    }

    /** The newest time this device stamped on an edit; HLC text sorts in time order for one device. */
    Optional<Hlc> newestHlc() {
        return tx.read("reading the newest edit time", c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT MAX(hlc) FROM outbox");
                 ResultSet row = q.executeQuery()) {
                row.next();
                return Optional.ofNullable(row.getString(1)).map(Hlc::parse);
            }
        });
    }

    private void delete(String what, String sql, RecordKey key) {
        tx.write(what, c -> {
            try (PreparedStatement d = c.prepareStatement(sql)) {
                d.setString(1, key.type());
                d.setString(2, key.id());
                return d.executeUpdate();
            }
        });
    }

    private List<OutboxEntry> query(String what, String sql, RecordKey key) {
        return tx.read(what, c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                if (key != null) {
                    q.setString(1, key.type());
                    q.setString(2, key.id());
                }
                List<OutboxEntry> entries = new ArrayList<>();
                try (ResultSet row = q.executeQuery()) {
                    while (row.next()) {
                        entries.add(entry(row));
                    }
                }
                return entries;
            }
        });
    }

    private static OutboxEntry entry(ResultSet row) throws SQLException {
        return new OutboxEntry(row.getLong(1), new RecordKey(row.getString(2), row.getString(3)), row.getString(4),
                JsonColumns.readValue(row.getString(5)), Hlc.parse(row.getString(6)), row.getLong(7));
    }
}
