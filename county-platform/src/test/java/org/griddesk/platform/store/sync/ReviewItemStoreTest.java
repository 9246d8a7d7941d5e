package org.griddesk.platform.store.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.griddesk.platform.store.DatabaseSettings;
import org.griddesk.platform.store.PlatformDatabase;
import org.griddesk.platform.store.sync.ReviewItemStore.NewItem;
import org.griddesk.sync.merge.ServerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The items a push adds to the review queue are written together when it commits: a record gets one open item of a
 * kind however often a push or later pushes name it, the first one named is kept, and the times and detail arrive
 * as given.
 */
class ReviewItemStoreTest {
    private static final String COUNTY = "520101";
    private static final Instant NOW = Instant.parse("2026-03-02T08:15:30.123456Z");

    @TempDir
    static Path folder;

    private static PlatformDatabase database;

    @BeforeAll
    static void startDatabase() {
        database = PlatformDatabase.openForService(DatabaseSettings.embedded(folder));
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void oneOpenItemPerRecordAndKindInOrderOfAddition() throws SQLException {
        CountyTransactions transactions = new CountyTransactions(database.dataSource(), COUNTY);
        ReviewItemStore items = new ReviewItemStore(transactions);
        transactions.write(() -> {
            items.addOnce(item("application", "app-a", 1, null));
            items.addOnce(item("application", "app-a", 2, null));
            items.addOnce(item("record", "app-a", 3, null));
            return null;
        });
        transactions.write(() -> {
            items.addOnce(item("application", "app-a", 4, null));
            items.addOnce(item("application", "app-b", 1, NOW.plus(3, ChronoUnit.DAYS)));
            return null;
        });

        assertEquals(List.of("application app-a 1 open", "record app-a 3 open", "application app-b 1 open"), rows());
    }

    @Test
    void aRecordWhoseItemWasDecidedGetsANewOne() throws SQLException {
        CountyTransactions transactions = new CountyTransactions(database.dataSource(), "520102");
        ReviewItemStore items = new ReviewItemStore(transactions);
        transactions.write(() -> {
            items.addOnce(new NewItem("issue", "issue", "issue-1", 1, "520102001001", "wang", NOW, null, null,
                    Map.of()));
            return null;
        });
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement decide = connection.prepareStatement(
                     "UPDATE review_items SET status = 'resolved' WHERE county_code = '520102'")) {
            decide.executeUpdate();
        }
        transactions.write(() -> {
            items.addOnce(new NewItem("issue", "issue", "issue-1", 2, "520102001001", "wang", NOW, null, null,
                    Map.of()));
            return null;
        });

        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT record_rev, status FROM review_items "
                     + "WHERE county_code = '520102' ORDER BY id");
             ResultSet result = query.executeQuery()) {
            List<String> found = new ArrayList<>();
            while (result.next()) {
                found.add(result.getLong(1) + " " + result.getString(2));
            }
            assertEquals(List.of("1 resolved", "2 open"), found);
        }
    }

    @Test
    void timesGridWorkerAndDetailAreStoredAsGiven() throws SQLException {
        CountyTransactions transactions = new CountyTransactions(database.dataSource(), "520103");
        ReviewItemStore items = new ReviewItemStore(transactions);
        Instant due = NOW.plus(3, ChronoUnit.DAYS);
        Instant rectify = NOW.plus(14, ChronoUnit.DAYS);
        transactions.write(() -> {
            items.addOnce(new NewItem("rating", "service_rating", "rating-1", 7, "520103001001", "李四", NOW, due,
                    rectify, Map.of("level", 1, "note", "说\"不\"")));
            return null;
        });

        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT kind, record_type, record_id, record_rev, "
                     + "grid, worker, created_at, due_at, rectify_due_at, detail ->> 'level', detail ->> 'note' "
                     + "FROM review_items WHERE county_code = '520103'");
             ResultSet result = query.executeQuery()) {
            result.next();
            assertEquals("rating service_rating rating-1 7 520103001001 李四", result.getString(1) + " "
                    + result.getString(2) + " " + result.getString(3) + " " + result.getLong(4) + " "
                    + result.getString(5) + " " + result.getString(6));
            assertEquals(NOW, result.getTimestamp(7).toInstant());
            assertEquals(due, result.getTimestamp(8).toInstant());
            assertEquals(rectify, result.getTimestamp(9).toInstant());
            assertEquals("1", result.getString(10));
            assertEquals("说\"不\"", result.getString(11));
        }
    }

    /**
     * A village's first upload grows the county's residents faster than autovacuum analyses the table. The duplicate
     * check must still look the number up in its index: it used to walk every resident of the county once per new
     * resident, because statistics taken before the upload made that look cheaper than a sort.
     */
    @Test
    void aFirstUploadLooksIdentityNumbersUpInTheirIndexEvenBeforeTheTableIsAnalysed() throws SQLException {
        String county = "520199";
        try (Connection connection = database.dataSource().getConnection()) {
            connection.createStatement().execute("ALTER TABLE sync_records SET (autovacuum_enabled = false)");
            try {
                insertRecords(connection, county, "household", 50_000, 20);
                connection.createStatement().execute("ANALYZE sync_records");
                insertRecords(connection, county, "resident", 0, 3000);
                String plan = plan(connection, county);
                assertTrue(plan.contains("sync_residents_by_id_number"), plan);
                assertFalse(plan.contains("sync_records_pkey"), plan);
                String batchPlan = batchPlan(connection, county);
                assertTrue(batchPlan.contains("sync_residents_by_id_number"), batchPlan);
                assertFalse(batchPlan.contains("sync_records_pkey"), batchPlan);
                assertFalse(batchPlan.contains("Seq Scan on sync_records"), batchPlan);
            } finally {
                connection.createStatement().execute("ALTER TABLE sync_records RESET (autovacuum_enabled)");
            }
        }
        ReviewItemStore items = new ReviewItemStore(new CountyTransactions(database.dataSource(), county));
        List<DuplicateCandidate> found = items.residentsWithIdNumber(idNumber(7), "resident-0003000");
        assertEquals(List.of(new DuplicateCandidate("resident-0000007", "household-7")), found);
        try (Connection connection = database.dataSource().getConnection()) {
            // a second resident holding the number, with an id that sorts before the first
            insertRecord(connection, county, "resident", "resident-0000000a", idNumber(7), 9000);
        }
        assertEquals(List.of("resident-0000000a", "resident-0000007"), items.residentsWithIdNumber(idNumber(7),
                "resident-0003000").stream().map(DuplicateCandidate::residentId).toList());
    }

    /**
     * Two new residents of one push may hold one number: the check sees the residents the push saved before, without
     * writing them first (three round trips a resident), and a resident whose number the push changed is judged by
     * its new number, not its stored one.
     */
    @Test
    void theCheckSeesWhatTheSameTransactionSavedWithoutWritingItEarly() {
        CountyTransactions transactions = new CountyTransactions(database.dataSource(), "520198");
        PostgresServerStore store = new PostgresServerStore(transactions);
        ReviewItemStore items = new ReviewItemStore(transactions);
        store.inTransaction(() -> store.save(resident("resident-b", 1, idNumber(1), false)));
        List<Object> seen = store.inTransaction(() -> {
            store.save(resident("resident-a", 1, idNumber(1), false));
            store.save(resident("resident-b", 2, idNumber(2), false));
            store.save(resident("resident-c", 1, idNumber(2), true));
            List<String> holdingOne = residentIds(items.residentsWithIdNumber(idNumber(1), "resident-x"));
            List<String> holdingTwo = residentIds(items.residentsWithIdNumber(idNumber(2), "resident-x"));
            int unwritten = transactions.existingDeferred(DeferredRecordWrites.class).orElseThrow()
                    .unwrittenStates().size();
            return List.of(holdingOne, holdingTwo, unwritten);
        });
        assertEquals(List.of(List.of("resident-a"), List.of("resident-b"), 3), seen);
        assertEquals(List.of("resident-a"), residentIds(items.residentsWithIdNumber(idNumber(1), "resident-x")));
    }

    /**
     * A push looks up the numbers of its residents once, before judging them; each check then answers from that
     * lookup, overlaid with what the push saved since, and a number the push did not look up is still queried.
     */
    @Test
    void aPushLooksItsNumbersUpOnceAndChecksEachResidentAgainstThatAndWhatItSavedSince() throws SQLException {
        String county = "520197";
        CountyTransactions transactions = new CountyTransactions(database.dataSource(), county);
        PostgresServerStore store = new PostgresServerStore(transactions);
        ReviewItemStore items = new ReviewItemStore(transactions);
        store.inTransaction(() -> store.save(resident("resident-b", 1, idNumber(1), false)));
        List<Object> seen = store.inTransaction(() -> {
            items.lookUpIdNumbers(List.of(idNumber(1), idNumber(2)));
            insertBehindTheLookup(county, "resident-late", idNumber(1));
            insertBehindTheLookup(county, "resident-other", idNumber(3));
            store.save(resident("resident-a", 1, idNumber(2), false));
            return List.of(residentIds(items.residentsWithIdNumber(idNumber(1), "resident-x")),
                    residentIds(items.residentsWithIdNumber(idNumber(1), "resident-b")),
                    residentIds(items.residentsWithIdNumber(idNumber(2), "resident-x")),
                    residentIds(items.residentsWithIdNumber(idNumber(3), "resident-x")));
        });
        assertEquals(List.of(List.of("resident-b"), List.of(), List.of("resident-a"), List.of("resident-other")), seen,
                "numbers looked up answer from the lookup; a number not looked up is queried");
        assertEquals(List.of("resident-b", "resident-late"),
                residentIds(items.residentsWithIdNumber(idNumber(1), "resident-x")), "the lookup ends with its push");
    }

    /**
     * Once the push writes what it deferred (a query that must see it), the lookup no longer holds: a resident written
     * that way is no longer among the unwritten states, and the check must still find it.
     */
    @Test
    void aResidentWrittenAfterTheLookupIsStillFound() {
        CountyTransactions transactions = new CountyTransactions(database.dataSource(), "520196");
        PostgresServerStore store = new PostgresServerStore(transactions);
        ReviewItemStore items = new ReviewItemStore(transactions);
        List<String> found = store.inTransaction(() -> {
            items.lookUpIdNumbers(List.of(idNumber(5)));
            store.save(resident("resident-a", 1, idNumber(5), false));
            store.conflicts(); // a query that writes the deferred states first
            return residentIds(items.residentsWithIdNumber(idNumber(5), "resident-x"));
        });
        assertEquals(List.of("resident-a"), found);
    }

    /** A resident saved twice in one push is found by the number of its second state only. */
    @Test
    void aResidentWhoseNumberThePushChangesTwiceIsFoundByItsLastNumber() {
        CountyTransactions transactions = new CountyTransactions(database.dataSource(), "520195");
        PostgresServerStore store = new PostgresServerStore(transactions);
        ReviewItemStore items = new ReviewItemStore(transactions);
        List<List<String>> seen = store.inTransaction(() -> {
            store.save(resident("resident-d", 1, idNumber(3), false));
            store.save(resident("resident-d", 2, idNumber(4), false));
            return List.of(residentIds(items.residentsWithIdNumber(idNumber(3), "resident-x")),
                    residentIds(items.residentsWithIdNumber(idNumber(4), "resident-x")));
        });
        assertEquals(List.of(List.of(), List.of("resident-d")), seen);
    }

    /** Another connection, so that the row is stored but the open push's lookup cannot know of it. */
    private static void insertBehindTheLookup(String county, String id, String idNumber) {
        try (Connection connection = database.dataSource().getConnection()) {
            insertRecord(connection, county, "resident", id, idNumber, 900 + id.length());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ServerRecord resident(String id, long rev, String idNumber, boolean deleted) {
        return new ServerRecord("resident", id, rev, Map.of("idNumber", idNumber, "householdId", "household-1",
                "grid", "520198001001"), deleted, Map.of());
    }

    private static List<String> residentIds(List<DuplicateCandidate> candidates) {
        return candidates.stream().map(DuplicateCandidate::residentId).toList();
    }

    private static void insertRecords(Connection connection, String county, String type, int from, int count)
            throws SQLException {
        for (int i = from; i < from + count; i++) {
            insertRecord(connection, county, type, String.format("%s-%07d", type, i), idNumber(i), i + 1L);
        }
    }

    private static void insertRecord(Connection connection, String county, String type, String id, String idNumber,
                                     long seq) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sync_records (county_code, type, "
                + "id, grid, rev, fields, stamps, deleted, seq) VALUES (?, ?, ?, ?, 1, jsonb_build_object('idNumber', "
                + "?::text, 'householdId', ?::text), '{}'::jsonb, false, ?)")) {
            insert.setString(1, county);
            insert.setString(2, type);
            insert.setString(3, id);
            insert.setString(4, county + "001001");
            insert.setString(5, idNumber);
            insert.setString(6, "household-" + (seq - 1));
            insert.setLong(7, seq + 1_000_000L * Integer.parseInt(county.substring(4)));
            insert.executeUpdate();
        }
    }

    private static String idNumber(int i) {
        return String.format("52019919900101%04d", i);
    }

    /** The plan of a push's lookup of 500 numbers at once. */
    private static String batchPlan(Connection connection, String county) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement(
                "EXPLAIN " + ReviewItemStore.RESIDENTS_WITH_ID_NUMBERS)) {
            explain.setObject(1, IntStream.range(2500, 3000).mapToObj(ReviewItemStoreTest::idNumber)
                    .toArray(String[]::new));
            explain.setString(2, county);
            return planText(explain);
        }
    }

    private static String plan(Connection connection, String county) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement(
                "EXPLAIN " + ReviewItemStore.RESIDENTS_WITH_ID_NUMBER)) {
            explain.setString(1, county);
            explain.setString(2, idNumber(7));
            explain.setString(3, "resident-0003000");
            return planText(explain);
        }
    }

    private static String planText(PreparedStatement explain) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = explain.executeQuery()) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static NewItem item(String kind, String recordId, long rev, Instant dueAt) {
        return new NewItem(kind, "application", recordId, rev, COUNTY + "001001", "wang", NOW, dueAt, null, Map.of());
    }

    private static List<String> rows() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT kind, record_id, record_rev, status "
                     + "FROM review_items WHERE county_code = ? ORDER BY id")) {
            query.setString(1, COUNTY);
            List<String> found = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    found.add(result.getString(1) + " " + result.getString(2) + " " + result.getLong(3) + " "
                            + result.getString(4));
                }
            }
            return found;
        }
    }
}
