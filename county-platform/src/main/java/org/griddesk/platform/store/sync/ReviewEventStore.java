package org.griddesk.platform.store.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The append-only history of review items: who did what, when, why, from which status to which. */
public final class ReviewEventStore {
    private final CountyTransactions transactions;
    private final String county;
    private final ReviewSql sql;

    public ReviewEventStore(CountyTransactions transactions) {
        this.transactions = transactions;
        this.county = transactions.county();
        this.sql = new ReviewSql(transactions);
    }

    public void append(long itemId, ReviewEvent event) {
        transactions.write(() -> sql.update("INSERT INTO review_events (county_code, item_id, event_no, at, actor, "
                + "action, from_status, to_status, comment, detail) SELECT ?, ?, COALESCE(MAX(event_no), 0) + 1, ?, ?, "
                + "?, ?, ?, ?, ?::jsonb FROM review_events WHERE county_code = ? AND item_id = ?", statement -> {
                    statement.setString(1, county);
                    statement.setLong(2, itemId);
                    statement.setTimestamp(3, Timestamp.from(event.at()));
                    statement.setString(4, event.actor());
                    statement.setString(5, event.action());
                    statement.setString(6, event.fromStatus());
                    statement.setString(7, event.toStatus());
                    statement.setString(8, event.comment());
                    statement.setString(9, JsonColumns.write(event.detail()));
                    statement.setString(10, county);
                    statement.setLong(11, itemId);
                }));
    }

    /** The item's events, oldest first. */
    public List<ReviewEvent> history(long itemId) {
        return transactions.read(() -> sql.query("SELECT at, actor, action, from_status, to_status, comment, "
                + "detail::text FROM review_events WHERE county_code = ? AND item_id = ? ORDER BY event_no",
                statement -> {
                    statement.setString(1, county);
                    statement.setLong(2, itemId);
                }, rows -> new ReviewEvent(rows.getTimestamp(1).toInstant(), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6),
                        JsonColumns.fields(rows.getString(7)))));
    }

    /** One event; {@code detail} holds what the action chose (values, decision, dispatch, call-back). */
    public record ReviewEvent(Instant at, String actor, String action, String fromStatus, String toStatus,
                              String comment, Map<String, Object> detail) {
    }
}
