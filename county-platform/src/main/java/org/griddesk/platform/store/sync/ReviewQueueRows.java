package org.griddesk.platform.store.sync;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pages of the review queue, oldest first and keyset-paged on the item id, and the counts per kind. */
public final class ReviewQueueRows {
    /** Past its deadline: the call-back of an open item, or the agreed rectification of a rating (two parameters). */
    private static final String OVERDUE =
            "(status = 'open' AND due_at < ? OR status = 'rectifying' AND rectify_due_at < ?)";
    private final CountyTransactions transactions;
    private final String county;
    private final ReviewSql sql;

    public ReviewQueueRows(CountyTransactions transactions) {
        this.transactions = transactions;
        this.county = transactions.county();
        this.sql = new ReviewSql(transactions);
    }

    /** Items matching the query with an id above {@code afterId}, at most {@code limit}. */
    public List<ReviewItemRow> page(QueueQuery query, long afterId, int limit) {
        Where where = where(query, true);
        return transactions.read(() -> sql.query("SELECT " + ReviewItemRow.COLUMNS + " FROM review_items WHERE "
                + where.text + " AND id > ? ORDER BY id LIMIT ?", statement -> {
                    int next = where.bind(statement);
                    statement.setLong(next, afterId);
                    statement.setInt(next + 1, limit);
                }, ReviewItemRow::read));
    }

    /** Per kind (the query's kind ignored): how many items match, and how many of them were due before {@code now}. */
    public Map<String, KindCount> counts(QueueQuery query, Instant now) {
        Where where = where(query, false);
        List<KindCount> rows = transactions.read(() -> sql.query("SELECT kind, count(*), count(*) FILTER "
                + "(WHERE " + OVERDUE + ") FROM review_items WHERE " + where.text
                + " GROUP BY kind ORDER BY kind", statement -> {
                    statement.setTimestamp(1, Timestamp.from(now));
                    statement.setTimestamp(2, Timestamp.from(now));
                    where.bind(statement, 3);
                }, result -> new KindCount(result.getString(1), result.getLong(2), result.getLong(3))));
        Map<String, KindCount> byKind = new LinkedHashMap<>();
        rows.forEach(row -> byKind.put(row.kind(), row));
        return byKind;
    }

    private Where where(QueueQuery query, boolean withKind) {
        Where where = new Where();
        where.add("county_code = ?", county);
        where.add("status = ANY(?)", query.statuses());
        if (withKind) {
            query.kind().ifPresent(kind -> where.add("kind = ?", kind));
        }
        if (!query.grids().isEmpty()) {
            where.add("grid = ANY(?)", query.grids());
        }
        query.worker().ifPresent(worker -> where.add("worker = ?", worker));
        query.createdBefore().ifPresent(before -> where.add("created_at < ?", Timestamp.from(before)));
        query.dueBefore().ifPresent(due -> where.add(OVERDUE, Timestamp.from(due), Timestamp.from(due)));
        return where;
    }

    /** What to list: statuses, grids (empty: the whole county) and the optional filters. */
    public record QueueQuery(List<String> statuses, Optional<String> kind, List<String> grids, Optional<String> worker,
                             Optional<Instant> createdBefore, Optional<Instant> dueBefore) {
        public QueueQuery {
            statuses = List.copyOf(statuses);
            grids = List.copyOf(grids);
        }
    }

    /** Items of one kind, and how many of them are overdue. */
    public record KindCount(String kind, long count, long overdue) {
    }

    /** A WHERE clause built from the filters given, with its parameters in order. */
    private static final class Where {
        private final List<String> parts = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();
        private String text = "";

        void add(String condition, Object... conditionValues) {
            parts.add(condition);
            values.addAll(List.of(conditionValues));
            text = String.join(" AND ", parts);
        }

        int bind(PreparedStatement statement) throws SQLException {
            return bind(statement, 1);
        }

        int bind(PreparedStatement statement, int first) throws SQLException {
            int index = first;
            for (Object value : values) {
                if (value instanceof List<?> list) {
                    statement.setArray(index++, statement.getConnection().createArrayOf("text", list.toArray()));
                } else {
                    statement.setObject(index++, value);
                }
            }
            return index;
        }
    }
}
