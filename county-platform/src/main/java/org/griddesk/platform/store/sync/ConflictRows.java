package org.griddesk.platform.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.Conflict;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.StoredConflict;

/** Field conflicts kept as review items of kind {@code conflict}, open until a person resolves them. */
final class ConflictRows {
    private final String county;

    ConflictRows(String county) {
        this.county = county;
    }

    void add(Connection connection, StoredConflict stored) throws SQLException {
        addAll(connection, List.of(stored));
    }

    /** One JDBC batch; the grid is read from the record's row, so the records must be written first. */
    void addAll(Connection connection, List<StoredConflict> stored) throws SQLException {
        if (stored.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_items (county_code, kind, "
                + "record_type, record_id, record_rev, grid, field, base, mine, theirs, kept, mine_author, "
                + "theirs_author, mine_hlc, theirs_hlc, worker) VALUES (?, 'conflict', ?, ?, ?, (SELECT grid FROM "
                + "sync_records WHERE county_code = ? AND type = ? AND id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredConflict each : stored) {
                bind(insert, each);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void bind(PreparedStatement insert, StoredConflict stored) throws SQLException {
        Conflict conflict = stored.conflict();
        insert.setString(1, county);
        insert.setString(2, stored.record().type());
        insert.setString(3, stored.record().id());
        insert.setLong(4, stored.rev());
        insert.setString(5, county);
        insert.setString(6, stored.record().type());
        insert.setString(7, stored.record().id());
        insert.setString(8, conflict.field());
        JsonColumns.set(insert, 9, conflict.base());
        JsonColumns.set(insert, 10, conflict.mine());
        JsonColumns.set(insert, 11, conflict.theirs());
        insert.setString(12, conflict.kept().name().toLowerCase(Locale.ROOT));
        insert.setString(13, conflict.mineAuthor());
        insert.setString(14, conflict.theirsAuthor());
        insert.setString(15, text(conflict.mineHlc()));
        insert.setString(16, text(conflict.theirsHlc()));
        insert.setString(17, conflict.mineAuthor()); // the worker whose push met the conflict
    }

    List<StoredConflict> all(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT record_type, record_id, record_rev, field, "
                + "base::text, mine::text, theirs::text, kept, mine_author, theirs_author, mine_hlc, theirs_hlc "
                + "FROM review_items WHERE county_code = ? AND kind = 'conflict' ORDER BY id")) {
            query.setString(1, county);
            List<StoredConflict> conflicts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    conflicts.add(new StoredConflict(new RecordKey(rows.getString(1), rows.getString(2)),
                            rows.getLong(3), conflict(rows)));
                }
            }
            return conflicts;
        }
    }

    private static Conflict conflict(ResultSet rows) throws SQLException {
        return new Conflict(rows.getString(4), JsonColumns.value(rows.getString(5)),
                JsonColumns.value(rows.getString(6)), JsonColumns.value(rows.getString(7)),
                Conflict.Kept.valueOf(rows.getString(8).toUpperCase(Locale.ROOT)), rows.getString(9),
                rows.getString(10), hlc(rows.getString(11)), hlc(rows.getString(12)));
    }

    private static String text(Hlc hlc) {
        return hlc == null ? null : hlc.toString();
    }

    private static Hlc hlc(String text) {
        return text == null ? null : Hlc.parse(text);
    }
}
