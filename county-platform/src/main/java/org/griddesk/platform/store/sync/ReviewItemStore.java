package org.griddesk.platform.store.sync;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.griddesk.sync.record.RecordKey;
import org.postgresql.PGStatement;

/**
 * The review items themselves: those the cross-record rules and the intake of pushed records add, and the state
 * changes reviewers make. Every call joins the county transaction open on the thread.
 */
public final class ReviewItemStore {
    private final CountyTransactions transactions;
    private final String county;
    private final ReviewSql sql;

    public ReviewItemStore(CountyTransactions transactions) {
        this.transactions = transactions;
        this.county = transactions.county();
        this.sql = new ReviewSql(transactions);
    }

    /**
     * Finds live residents by identity number through {@code sync_residents_by_id_number}. Deliberately without ORDER
     * BY: while a village's first upload grows the table faster than autovacuum analyses it, the planner believes the
     * county has almost no residents and, to save a sort, walked the primary key through every one of them instead, a
     * full scan per new resident (a first upload of 10,000 slowed to 4 s a batch). The few rows are sorted here.
     */
    static final String RESIDENTS_WITH_ID_NUMBER = "SELECT id, fields ->> 'householdId' FROM sync_records "
            + "WHERE county_code = ? AND type = 'resident' AND NOT deleted AND fields ->> 'idNumber' = ? AND id <> ?";
    /**
     * The same for many numbers at once, each row naming its number: the lookup above for each number, joined
     * laterally. With the same stale statistics, {@code = ANY (numbers)} and a plain join both scanned every resident
     * of the county for each batch (160 ms a batch after 20,000 residents); {@code OFFSET 0} keeps the planner from
     * folding the lateral lookup into a join, so each number is one probe of the index.
     */
    static final String RESIDENTS_WITH_ID_NUMBERS = "SELECT r.id, r.fields ->> 'householdId', n.number "
            + "FROM unnest(?::text[]) AS n(number) CROSS JOIN LATERAL (SELECT id, fields FROM sync_records "
            + "WHERE county_code = ? AND type = 'resident' AND NOT deleted AND fields ->> 'idNumber' = n.number "
            + "OFFSET 0) r";

    /**
     * Live residents other than {@code residentId} with this identity number, by id, as the transaction sees them:
     * the stored ones, overlaid with those this transaction saved and has not written yet. Writing those first, as
     * other queries do, cost three round trips per new resident of a first upload.
     */
    public List<DuplicateCandidate> residentsWithIdNumber(String idNumber, String residentId) {
        return transactions.read(() -> {
            List<DuplicateCandidate> stored = transactions.keptLookup(StoredIdNumbers.class, StoredIdNumbers.class)
                    .flatMap(kept -> kept.residents(idNumber))
                    .map(residents -> residents.stream().filter(r -> !r.residentId().equals(residentId)).toList())
                    .orElseGet(() -> sql.queryStored(RESIDENTS_WITH_ID_NUMBER, statement -> {
                        statement.setString(1, county);
                        statement.setString(2, idNumber);
                        statement.setString(3, residentId);
                    }, rows -> new DuplicateCandidate(rows.getString(1), rows.getString(2))));
            Optional<DeferredRecordWrites> pending = transactions.existingDeferred(DeferredRecordWrites.class);
            List<DuplicateCandidate> found = new ArrayList<>();
            pending.map(writes -> writes.unwrittenResidentsWithIdNumber(idNumber)).orElse(List.of()).stream()
                    .filter(state -> !state.deleted() && !state.id().equals(residentId))
                    .forEach(state -> {
                        Object household = state.fields().get("householdId");
                        found.add(new DuplicateCandidate(state.id(), household == null ? null : household.toString()));
                    });
            stored.stream()
                    .filter(resident -> pending.flatMap(writes -> writes.unwritten(
                            new RecordKey("resident", resident.residentId()))).isEmpty())
                    .forEach(found::add);
            found.sort(Comparator.comparing(DuplicateCandidate::residentId));
            return found;
        });
    }

    /**
     * Looks the stored live residents of all these identity numbers up in one query, for {@link #residentsWithIdNumber}
     * in the rest of the open transaction: a village's first upload checks every new resident, and a query for each
     * was most of the time such a push took. The lookup holds until the transaction writes what it deferred; after
     * that, each number is queried again.
     */
    public void lookUpIdNumbers(Collection<String> idNumbers) {
        if (idNumbers.isEmpty()) {
            return;
        }
        transactions.read(() -> {
            Map<String, List<DuplicateCandidate>> byNumber = new HashMap<>();
            idNumbers.forEach(number -> byNumber.put(number, new ArrayList<>()));
            sql.queryStored(RESIDENTS_WITH_ID_NUMBERS, statement -> {
                statement.setObject(1, byNumber.keySet().toArray(String[]::new));
                statement.setString(2, county);
            }, rows -> {
                byNumber.get(rows.getString(3)).add(new DuplicateCandidate(rows.getString(1), rows.getString(2)));
                return null;
            });
            transactions.keepLookup(StoredIdNumbers.class, new StoredIdNumbers(byNumber));
            return null;
        });
    }

    /** The stored live residents of the identity numbers a push looked up, by number. */
    private record StoredIdNumbers(Map<String, List<DuplicateCandidate>> byNumber) {
        Optional<List<DuplicateCandidate>> residents(String idNumber) {
            return Optional.ofNullable(byNumber.get(idNumber));
        }
    }

    /** Flags a possible duplicate, once: an open item for the same pair and field is not repeated. */
    public void addDuplicate(NewDuplicate item) {
        transactions.write(() -> sql.update("INSERT INTO review_items (county_code, kind, record_type, record_id, "
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

    /** Names the worker whose change flagged the record's open duplicates (the duplicate rule does not know it). */
    public void nameDuplicateWorker(String recordType, String recordId, String worker) {
        transactions.write(() -> sql.update("UPDATE review_items SET worker = ? WHERE county_code = ? "
                + "AND record_type = ? AND record_id = ? AND kind = 'duplicate' AND worker IS NULL", statement -> {
                    statement.setString(1, worker);
                    statement.setString(2, county);
                    statement.setString(3, recordType);
                    statement.setString(4, recordId);
                }));
    }

    /**
     * Adds an item when the push commits (one JDBC batch per push), unless the record already has an open item of
     * that kind: a worker editing a record three times before review still makes one item.
     */
    public void addOnce(NewItem item) {
        transactions.write(() -> transactions.deferred(this, NewItemWrites.class, () -> new NewItemWrites(county))
                .items.add(item));
    }

    public Optional<ReviewItemRow> find(long id) {
        return transactions.read(() -> sql.query("SELECT " + ReviewItemRow.COLUMNS + " FROM review_items "
                + "WHERE county_code = ? AND id = ?", statement -> {
                    statement.setString(1, county);
                    statement.setLong(2, id);
                }, ReviewItemRow::read).stream().findFirst());
    }

    /** The item, locked until the writing transaction open on this thread ends. */
    public Optional<ReviewItemRow> lock(long id) {
        return transactions.write(() -> sql.query("SELECT " + ReviewItemRow.COLUMNS + " FROM review_items "
                + "WHERE county_code = ? AND id = ? FOR UPDATE", statement -> {
                    statement.setString(1, county);
                    statement.setLong(2, id);
                }, ReviewItemRow::read).stream().findFirst());
    }

    /** The open conflicts of one record, one per field, oldest first. */
    public List<ReviewItemRow> openConflicts(String recordType, String recordId) {
        return transactions.read(() -> sql.query("SELECT " + ReviewItemRow.COLUMNS + " FROM review_items "
                + "WHERE county_code = ? AND record_type = ? AND record_id = ? AND kind = 'conflict' "
                + "AND status = 'open' ORDER BY id", statement -> {
                    statement.setString(1, county);
                    statement.setString(2, recordType);
                    statement.setString(3, recordId);
                }, ReviewItemRow::read));
    }

    /** Moves an item to a new status; its version goes up and {@code detail} is merged into the stored one. */
    public void transition(long id, String status, String actor, Instant at, Map<String, Object> detail) {
        transactions.write(() -> sql.update("UPDATE review_items SET status = ?, version = version + 1, "
                + "updated_at = ?, updated_by = ?, detail = detail || ?::jsonb WHERE county_code = ? AND id = ?",
                statement -> {
                    statement.setString(1, status);
                    statement.setTimestamp(2, Timestamp.from(at));
                    statement.setString(3, actor);
                    statement.setString(4, JsonColumns.write(detail));
                    statement.setString(5, county);
                    statement.setLong(6, id);
                }));
    }

    /** Live records that name the resident: applications, visits and ratings, issues, and households it heads. */
    public List<RecordKey> recordsNamingResident(String residentId) {
        return transactions.read(() -> sql.query("SELECT type, id FROM sync_records WHERE county_code = ? "
                + "AND type IN ('application', 'visit', 'service_rating') AND fields ->> 'residentId' = ? "
                + "AND NOT deleted UNION ALL SELECT type, id FROM sync_records WHERE county_code = ? "
                + "AND type = 'issue' AND fields -> 'residentIds' @> to_jsonb(?::text) AND NOT deleted "
                + "UNION ALL SELECT type, id FROM sync_records WHERE county_code = ? AND type = 'household' "
                + "AND fields ->> 'headId' = ? AND NOT deleted", statement -> {
                    for (int i = 0; i < 3; i++) {
                        statement.setString(2 * i + 1, county);
                        statement.setString(2 * i + 2, residentId);
                    }
                }, rows -> new RecordKey(rows.getString(1), rows.getString(2))));
    }

    /** A possible duplicate to flag: the record, the field that matched and the other record. */
    public record NewDuplicate(String recordType, String recordId, long recordRev, String grid, String field,
                               String mine, String theirs, String otherRecordId) {
    }

    /** An item of kind record, application, issue or rating, made from a pushed record. */
    public record NewItem(String kind, String recordType, String recordId, long recordRev, String grid, String worker,
                          Instant createdAt, Instant dueAt, Instant rectifyDueAt, Map<String, Object> detail) {
    }

    /**
     * The items one push adds, written by one statement before it commits. The look for an open item of the same
     * record and kind is written so that its plan cannot depend on the table's statistics: a subquery run per item
     * ({@code OFFSET 0} keeps PostgreSQL from turning it into a join) whose only indexable conditions are those of
     * {@code review_items_by_record}; and it is planned at every push, never from a plan the server cached when the
     * table was small. Before statistics existed (a new county's first busy hour) PostgreSQL read every open item of
     * the kind for each new item instead, 0.1 to 0.4 s per push of 50 applications, until autovacuum analysed it.
     */
    private static final class NewItemWrites implements CountyTransactions.DeferredWrites {
        private static final String INSERT = "INSERT INTO review_items (county_code, kind, record_type, record_id, "
                + "record_rev, grid, worker, created_at, due_at, rectify_due_at, detail) SELECT ?, i.kind, "
                + "i.record_type, i.record_id, i.record_rev, i.grid, i.worker, i.created_at, i.due_at, "
                + "i.rectify_due_at, i.detail::jsonb FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[], "
                + "?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::text[]) "
                + "WITH ORDINALITY AS i(kind, record_type, record_id, record_rev, grid, worker, created_at, due_at, "
                + "rectify_due_at, detail, n) WHERE NOT EXISTS (SELECT 1 FROM review_items r "
                + "WHERE r.county_code = ? AND r.record_type = i.record_type AND r.record_id = i.record_id "
                + "AND r.kind || '' = i.kind AND r.status || '' = 'open' OFFSET 0) ORDER BY i.n";

        private final String county;
        private final List<NewItem> items = new ArrayList<>();

        NewItemWrites(String county) {
            this.county = county;
        }

        @Override
        public void flush(Connection connection) throws SQLException {
            if (items.isEmpty()) {
                return;
            }
            // one statement does not see its own rows: of two items of one record and kind, the first is kept
            Map<List<String>, NewItem> firsts = new LinkedHashMap<>();
            for (NewItem item : items) {
                firsts.putIfAbsent(List.of(item.recordType(), item.recordId(), item.kind()), item);
            }
            List<NewItem> once = new ArrayList<>(firsts.values());
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.unwrap(PGStatement.class).setPrepareThreshold(0);
                insert.setString(1, county);
                insert.setArray(2, texts(connection, once, NewItem::kind));
                insert.setArray(3, texts(connection, once, NewItem::recordType));
                insert.setArray(4, texts(connection, once, NewItem::recordId));
                insert.setArray(5, connection.createArrayOf("bigint",
                        once.stream().map(NewItem::recordRev).toArray()));
                insert.setArray(6, texts(connection, once, NewItem::grid));
                insert.setArray(7, texts(connection, once, NewItem::worker));
                insert.setArray(8, texts(connection, once, item -> instant(item.createdAt())));
                insert.setArray(9, texts(connection, once, item -> instant(item.dueAt())));
                insert.setArray(10, texts(connection, once, item -> instant(item.rectifyDueAt())));
                insert.setArray(11, texts(connection, once, item -> JsonColumns.write(item.detail())));
                insert.setString(12, county);
                insert.executeUpdate();
            }
            items.clear();
        }

        private static Array texts(Connection connection, List<NewItem> items, Function<NewItem, String> value)
                throws SQLException {
            return connection.createArrayOf("text", items.stream().map(value).toArray());
        }

        /** ISO 8601 with its offset, read by PostgreSQL as the same instant whatever the session's time zone. */
        private static String instant(Instant at) {
            return at == null ? null : at.toString();
        }
    }
}
