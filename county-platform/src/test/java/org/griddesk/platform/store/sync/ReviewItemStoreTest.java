package org.griddesk.platform.store.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.griddesk.platform.store.DatabaseSettings;
import org.griddesk.platform.store.PlatformDatabase;
import org.griddesk.platform.store.sync.ReviewItemStore.NewItem;
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
