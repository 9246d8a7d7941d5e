package org.griddesk.platform.store.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/**
 * One review queue entry as stored. JSON values are parsed. {@code field}, {@code base} … {@code theirsHlc}
 * describe a conflict, {@code otherRecordId} a duplicate; {@code detail} holds what the other kinds need.
 */
public record ReviewItemRow(long id, String kind, String recordType, String recordId, long recordRev, String grid,
                            String field, Object base, Object mine, Object theirs, String kept, String mineAuthor,
                            String theirsAuthor, String mineHlc, String theirsHlc, String otherRecordId,
                            String status, Instant createdAt, String worker, int version, Instant updatedAt,
                            String updatedBy, Instant dueAt, Instant rectifyDueAt, Map<String, Object> detail) {

    static final String COLUMNS = "id, kind, record_type, record_id, record_rev, grid, field, base::text, mine::text, "
            + "theirs::text, kept, mine_author, theirs_author, mine_hlc, theirs_hlc, other_record_id, status, "
            + "created_at, worker, version, updated_at, updated_by, due_at, rectify_due_at, detail::text";

    static ReviewItemRow read(ResultSet rows) throws SQLException {
        return new ReviewItemRow(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getLong(5), rows.getString(6), rows.getString(7), JsonColumns.value(rows.getString(8)),
                JsonColumns.value(rows.getString(9)), JsonColumns.value(rows.getString(10)), rows.getString(11),
                rows.getString(12), rows.getString(13), rows.getString(14), rows.getString(15), rows.getString(16),
                rows.getString(17), instant(rows.getTimestamp(18)), rows.getString(19), rows.getInt(20),
                instant(rows.getTimestamp(21)), rows.getString(22), instant(rows.getTimestamp(23)),
                instant(rows.getTimestamp(24)), JsonColumns.fields(rows.getString(25)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
