package org.griddesk.platform.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.griddesk.platform.store.StoreException;

/** The review queue's own queries: duplicates found by the cross-record rules, and listing for reviewers. */
public final class ReviewItemStore {
    private final CountyTransactions transactions;
    private final String county;

    public ReviewItemStore(CountyTransactions transactions) {
        this.transactions = transactions;
        this.county = transactions.county();
    }

    /** Live residents other than {@code residentId} with this identity number. */
    public List<DuplicateCandidate> residentsWithIdNumber(String idNumber, String residentId) {
        return transactions.read(() -> query("SELECT id, fields ->> 'householdId' FROM sync_records "
                + "WHERE county_code = ? AND type = 'resident' AND NOT deleted AND fields ->> 'idNumber' = ? "
                + "AND id <> ? ORDER BY id", statement -> {
                    statement.setString(1, county);
                    statement.setString(2, idNumber);
                    statement.setString(3, residentId);
                }, rows -> new DuplicateCandidate(rows.getString(1), rows.getString(2))));
    }

    /** Flags a possible duplicate, once: an open item for the same pair and field is not repeated. */
    public void addDuplicate(NewDuplicate item) {
        transactions.write(() -> update("INSERT INTO review_items (county_code, kind, record_type, record_id, "
                + "record_rev, grid, field, mine, theirs, other_record_id) SELECT ?, 'duplicate', ?, ?, ?, ?, ?, "
                + "to_jsonb(?::text), to_jsonb(?::text), ? WHERE NOT EXISTS (SELECT 1 FROM review_items WHERE "
                + "county_code = ? AND kind = 'duplicate' AND status = 'open' AND record_type = ? AND record_id = ? "
                + "AND field = ? AND other_record_id = ?)", statement -> {
                    statement.setString(1, county);
                    statement.setString(2, item.recordType());
                    statement.setString(3, item.recordId());
                    statement.setLong(4, item.recordRev());
                    statement.setString(5, item.grid());
                    statement.setString(6, item.field());
                    statement.setString(7, item.mine());
                    statement.setString(8, item.theirs());
                    statement.setString(9, item.otherRecordId());
                    statement.setString(10, county);
                    statement.setString(11, item.recordType());
                    statement.setString(12, item.recordId());
                    statement.setString(13, item.field());
                    statement.setString(14, item.otherRecordId());
                }));
    }

    /**
     * Items with the given status and (optionally) kind, oldest first; {@code grids} empty means the whole county.
     */
    public List<ReviewItemRow> list(String status, Optional<String> kind, List<String> grids, int limit) {
        return transactions.read(() -> query("SELECT id, kind, record_type, record_id, record_rev, grid, field, "
                + "base::text, mine::text, theirs::text, kept, mine_author, theirs_author, mine_hlc, theirs_hlc, "
                + "other_record_id, status, created_at FROM review_items WHERE county_code = ? AND status = ? "
                + "AND (?::text IS NULL OR kind = ?) AND (cardinality(?::text[]) = 0 OR grid = ANY(?::text[])) "
                + "ORDER BY id LIMIT ?", statement -> {
                    statement.setString(1, county);
                    statement.setString(2, status);
                    statement.setString(3, kind.orElse(null));
                    statement.setString(4, kind.orElse(null));
                    Connection connection = statement.getConnection();
                    statement.setArray(5, connection.createArrayOf("text", grids.toArray()));
                    statement.setArray(6, connection.createArrayOf("text", grids.toArray()));
                    statement.setInt(7, limit);
                }, ReviewItemStore::row));
    }

    private static ReviewItemRow row(ResultSet rows) throws SQLException {
        return new ReviewItemRow(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getLong(5), rows.getString(6), rows.getString(7), JsonColumns.value(rows.getString(8)),
                JsonColumns.value(rows.getString(9)), JsonColumns.value(rows.getString(10)), rows.getString(11),
                rows.getString(12), rows.getString(13), rows.getString(14), rows.getString(15), rows.getString(16),
                rows.getString(17), rows.getTimestamp(18).toInstant());
    }

    /** Records saved earlier in the same push are written first: the duplicate rule must see them. */
    private <T> List<T> query(String sql, Binder binder, RowReader<T> reader) {
        transactions.flushDeferred();
        try (PreparedStatement statement = transactions.connection().prepareStatement(sql)) {
            binder.bind(statement);
            List<T> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the review queue", e);
        }
    }

    private Integer update(String sql, Binder binder) {
        try (PreparedStatement statement = transactions.connection().prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot update the review queue", e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** A possible duplicate to flag: the record, the field that matched and the other record. */
    public record NewDuplicate(String recordType, String recordId, long recordRev, String grid, String field,
                               String mine, String theirs, String otherRecordId) {
    }
}
