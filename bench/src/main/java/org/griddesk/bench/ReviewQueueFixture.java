package org.griddesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;

import org.griddesk.platform.store.DatabaseSettings;
import org.griddesk.platform.store.PlatformDatabase;

/**
 * A county of 1,000,000 records in 20 grids with 100,000 open review items (and 50,000 closed ones) of every kind,
 * loaded once with SQL into the platform's embedded PostgreSQL, and a supervisor of 4 grids and an administrator
 * signed in: what the review queue scenarios ask over HTTP. Shared by the page and the counts scenario.
 */
final class ReviewQueueFixture implements AutoCloseable {
    static final int RECORDS = 1_000_000;
    static final int OPEN_ITEMS = 100_000;
    static final int CLOSED_ITEMS = 50_000;
    static final int GRIDS = 20;

    private final HttpClient http = HttpClient.newHttpClient();
    private InProcessPlatform platform;
    private String supervisor;
    private String admin;
    private int users;

    /** Starts and loads the county on first use; each scenario using it calls {@link #close()} once. */
    synchronized void open() throws Exception {
        users++;
        if (platform != null) {
            return;
        }
        platform = InProcessPlatform.start();
        InProcessPlatform.addUser(platform.data(), "supervisor", "supervisor", String.join(",", grid(0), grid(1),
                grid(2), grid(3)));
        InProcessPlatform.addUser(platform.data(), "admin", "admin", grid(0));
        load();
        supervisor = platform.token("supervisor", "bench-supervisor");
        admin = platform.token("admin", "bench-admin");
    }

    private void load() throws Exception {
        try (PlatformDatabase database = PlatformDatabase.openForCommand(DatabaseSettings.embedded(platform.data()));
             Connection connection = database.dataSource().getConnection();
             Statement sql = connection.createStatement()) {
            String grid = "'5001010010' || lpad((g % " + GRIDS + ")::text, 2, '0')";
            sql.execute("INSERT INTO sync_records (county_code, type, id, grid, rev, fields, stamps, deleted, seq) "
                    + "SELECT '500101', 'resident', 'r' || g, " + grid + ", 1, jsonb_build_object('grid', " + grid
                    + ", 'name', '居民' || g, 'householdId', 'h' || (g / 4), 'phone', '139' || lpad(g::text, 8, '0')), "
                    + "'{}'::jsonb, false, g FROM generate_series(1, " + RECORDS + ") g");
            sql.execute("INSERT INTO sync_counters (county_code, last_seq) VALUES ('500101', " + RECORDS + ") "
                    + "ON CONFLICT (county_code) DO UPDATE SET last_seq = EXCLUDED.last_seq");
            String kinds = "(ARRAY['conflict','duplicate','record','application','issue','rating'])[1 + g % 6]";
            sql.execute("INSERT INTO review_items (county_code, kind, record_type, record_id, record_rev, grid, field, "
                    + "mine, theirs, kept, worker, status, created_at, due_at, detail) "
                    + "SELECT '500101', " + kinds + ", 'resident', 'r' || (g * 7 % " + RECORDS + " + 1), 1, "
                    + grid + ", CASE WHEN g % 6 = 0 THEN 'phone' END, to_jsonb('1390000' || g), "
                    + "to_jsonb('1380000' || g), "
                    + "CASE WHEN g % 6 = 0 THEN 'mine' END, 'worker' || (g % 50), "
                    + "CASE WHEN g > " + OPEN_ITEMS + " THEN 'approved' ELSE 'open' END, "
                    + "now() - make_interval(mins => g % 43200), "
                    + "CASE WHEN g % 6 = 5 THEN now() + make_interval(hours => g % 200 - 100) END, '{}'::jsonb "
                    + "FROM generate_series(1, " + (OPEN_ITEMS + CLOSED_ITEMS) + ") g");
            sql.execute("VACUUM ANALYZE sync_records");
            sql.execute("VACUUM ANALYZE review_items");
        }
    }

    static String grid(int index) {
        return "5001010010" + String.format("%02d", index);
    }

    /** One GET of the queue as the supervisor or the administrator; fails on anything but 200. */
    String get(String query, boolean asAdmin) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(platform.url() + "api/v1/review/items?"
                + query)).header("Authorization", "Bearer " + (asAdmin ? admin : supervisor)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("review queue answered " + reply.statusCode() + ": " + reply.body());
        }
        return reply.body();
    }

    @Override
    public synchronized void close() {
        users--;
        if (users <= 0 && platform != null) {
            platform.close();
            platform = null;
        }
    }
}
