package org.griddesk.platform.store.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.griddesk.platform.store.DatabaseSettings;
import org.griddesk.platform.store.PlatformDatabase;
import org.griddesk.sync.clock.ClockSkewClamp;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.server.Caller;
import org.griddesk.sync.server.ChangeValidator;
import org.griddesk.sync.server.ScopeCheck;
import org.griddesk.sync.server.SyncServerCore;
import org.griddesk.sync.store.ServerStore;
import org.griddesk.sync.store.ServerStoreContract;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PulledRecord;
import org.griddesk.sync.wire.PushRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sync-engine's store contract on the real PostgreSQL store, plus the property the contract cannot
 * check alone: seq follows commit order under concurrent pushes. Each store gets a county of its own,
 * which isolates it exactly as production isolates counties.
 */
class PostgresServerStoreTest extends ServerStoreContract {
    private static final AtomicInteger NEXT_COUNTY = new AtomicInteger(510_000);

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

    @Override
    protected ServerStore newStore() {
        return new PostgresServerStore(new CountyTransactions(database.dataSource(),
                Integer.toString(NEXT_COUNTY.incrementAndGet())));
    }

    @Test
    void countiesDoNotSeeEachOthersRecords() {
        ServerStore first = newStore();
        ServerStore second = newStore();
        SyncServerCore core = core(first);
        core.push(caller("d1"), batch("d1", "b1", List.of("x")));
        assertEquals(1, first.changesAfter(0, 10).size());
        assertTrue(second.changesAfter(0, 10).isEmpty());
        assertEquals(0, second.lastSeq());
    }

    /**
     * Writers push new records concurrently while a reader follows the feed with its cursor, as a device
     * does. If a seq could become visible before a lower one committed, the reader's cursor would pass
     * the lower one and that record would be missing at the end.
     */
    @Test
    void aReaderFollowingTheCursorSeesEveryConcurrentChangeExactlyOnce() throws Exception {
        CountyTransactions transactions = new CountyTransactions(database.dataSource(),
                Integer.toString(NEXT_COUNTY.incrementAndGet()));
        ServerStore store = new PostgresServerStore(transactions);
        SyncServerCore core = core(store);
        int writers = 4;
        int batchesPerWriter = 15;
        int recordsPerBatch = 3;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> pushes = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String device = "dev" + w;
            pushes.add(pool.submit(() -> {
                for (int b = 0; b < batchesPerWriter; b++) {
                    List<String> ids = new ArrayList<>();
                    for (int r = 0; r < recordsPerBatch; r++) {
                        ids.add(device + "-" + b + "-" + r);
                    }
                    core.push(caller(device), batch(device, "batch-" + b, ids));
                }
            }));
        }
        Map<String, Integer> seen = new HashMap<>();
        long cursor = 0;
        int expected = writers * batchesPerWriter * recordsPerBatch;
        while (!allDone(pushes) || cursor < store.lastSeq()) {
            long after = cursor;
            ChangesPage page = transactions.read(() -> core.pull(caller("reader"), after, 7));
            for (PulledRecord record : page.records()) {
                seen.merge(record.id(), 1, Integer::sum);
            }
            cursor = page.next();
        }
        pool.shutdown();
        for (Future<?> push : pushes) {
            push.get();
        }
        assertEquals(expected, seen.size(), "records the reader never saw");
        assertTrue(seen.values().stream().allMatch(count -> count == 1), "records seen twice: " + seen);
        assertEquals(expected, store.lastSeq());
    }

    /**
     * Writes of a push are batched until commit: a record changed twice in one batch must still merge onto
     * its newest state, keep both revisions in its history, and a conflict in the same batch must be kept.
     */
    @Test
    void oneBatchChangingARecordTwiceAndConflictingKeepsEveryRevisionAndTheConflict() {
        CountyTransactions transactions = new CountyTransactions(database.dataSource(),
                Integer.toString(NEXT_COUNTY.incrementAndGet()));
        ServerStore store = new PostgresServerStore(transactions);
        SyncServerCore core = core(store);
        core.push(caller("d1"), batch("d1", "b1", List.of("r1", "r2")));
        long now = System.currentTimeMillis();
        core.push(caller("d2"), new PushRequest("d2", "b1", 1, List.of(new Change("resident", "r2", 1,
                Map.of("phone", "13900000002"), false, new Hlc(now, 0, "d2").toString()))));
        List<Change> changes = List.of(
                new Change("resident", "r1", 1, Map.of("phone", "13900000001"), false, new Hlc(now, 1, "d1").toString()),
                new Change("resident", "r1", 2, Map.of("name", "新名"), false, new Hlc(now, 2, "d1").toString()),
                new Change("resident", "r2", 1, Map.of("phone", "13900000003"), false, new Hlc(now, 3, "d1").toString()));
        List<String> statuses = core.push(caller("d1"), new PushRequest("d1", "b2", 1, changes)).results().stream()
                .map(result -> result.status()).toList();

        assertEquals(List.of("applied", "applied", "conflict"), statuses);
        RecordKey r1 = new RecordKey("resident", "r1");
        assertEquals(Map.of("name", "新名", "phone", "13900000001"), store.find(r1).orElseThrow().fields());
        assertEquals(List.of(1L, 2L, 3L), store.history(r1).stream().map(ServerRecord::rev).toList());
        assertEquals("13900000003", store.find(new RecordKey("resident", "r2")).orElseThrow().fields().get("phone"));
        assertEquals(1, store.conflicts().size());
        assertEquals("13900000002", store.conflicts().get(0).conflict().theirs());
        assertEquals(List.of("r1", "r2"), store.changesAfter(3, 10).stream().map(row -> row.record().id()).toList());
        assertEquals(6, store.lastSeq());
        assertEquals(statuses, core.push(caller("d1"), new PushRequest("d1", "b2", 1, changes)).results().stream()
                .map(result -> result.status()).toList(), "a replay answers the same and changes nothing");
        assertEquals(List.of(1L, 2L, 3L), store.history(r1).stream().map(ServerRecord::rev).toList());
        assertEquals(6, store.lastSeq());
    }

    /**
     * A history row keeps the revision's whole fields but only the stamps of what it changed; the latest state keeps
     * every stamp, which the next merge needs.
     */
    @Test
    void aHistoryRowKeepsWholeFieldsButOnlyTheStampsOfItsOwnChange() {
        ServerStore store = newStore();
        SyncServerCore core = core(store);
        core.push(caller("d1"), batch("d1", "b1", List.of("r1")));
        long now = System.currentTimeMillis();
        core.push(caller("d1"), new PushRequest("d1", "b2", 1, List.of(new Change("resident", "r1", 1,
                Map.of("phone", "13900000009"), false, new Hlc(now, 0, "d1").toString()))));

        RecordKey r1 = new RecordKey("resident", "r1");
        ServerRecord latest = store.find(r1).orElseThrow();
        ServerRecord second = store.version(r1, 2).orElseThrow();
        assertEquals(latest.fields(), second.fields());
        assertEquals(Set.of("phone"), second.stamps().keySet());
        assertEquals(2L, second.stamps().get("phone").rev());
        assertEquals(Map.of("name", "居民r1", "phone", "13900000009"), second.fields());
        assertEquals(Set.of("name", "phone"), latest.stamps().keySet(), "the latest state keeps a stamp per field");
    }

    /**
     * A latest state written before stamps were grouped (a stamp per field) still merges by its stamps, and its next
     * revision is written grouped: one group per distinct stamp.
     */
    @Test
    void aStateWrittenWithAStampPerFieldStillMergesAndIsWrittenGroupedNextTime() throws Exception {
        String county = Integer.toString(NEXT_COUNTY.incrementAndGet());
        ServerStore store = new PostgresServerStore(new CountyTransactions(database.dataSource(), county));
        SyncServerCore core = core(store);
        long now = System.currentTimeMillis();
        core.push(caller("d1"), new PushRequest("d1", "b1", 1, List.of(new Change("resident", "r1", 0,
                Map.of("name", "张三", "phone", "13900000001", "sex", "1"), false, new Hlc(now, 0, "d1").toString()))));
        String perField = "{\"name\": {\"rev\": 1, \"hlc\": \"" + new Hlc(now, 0, "d1") + "\", \"author\": \"author-d1\"}, "
                + "\"phone\": {\"rev\": 1, \"hlc\": \"" + new Hlc(now, 0, "d1") + "\", \"author\": \"author-d1\"}, "
                + "\"sex\": {\"rev\": 1, \"hlc\": \"" + new Hlc(now, 0, "d1") + "\", \"author\": \"author-d1\"}}";
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement update = c.prepareStatement(
                     "UPDATE sync_records SET stamps = ?::jsonb WHERE county_code = ? AND id = 'r1'")) {
            update.setString(1, perField);
            update.setString(2, county);
            assertEquals(1, update.executeUpdate());
        }

        List<String> statuses = core.push(caller("d2"), new PushRequest("d2", "b1", 1, List.of(
                new Change("resident", "r1", 0, Map.of("name", "李四"), false, new Hlc(now + 1, 0, "d2").toString()),
                new Change("resident", "r1", 1, Map.of("phone", "13900000002"), false,
                        new Hlc(now + 2, 0, "d2").toString())))).results().stream().map(r -> r.status()).toList();

        assertEquals("conflict", statuses.get(0), "the per-field stamp of name still says d1 set it");
        assertTrue(Set.of("applied", "merged").contains(statuses.get(1)), statuses.toString());
        ServerRecord latest = store.find(new RecordKey("resident", "r1")).orElseThrow();
        assertEquals(Map.of("name", "李四", "phone", "13900000002", "sex", "1"), latest.fields(), "the later edit wins");
        assertEquals(1, store.conflicts().size(), "and the other is kept for a person to decide");
        assertEquals(1L, latest.stamps().get("sex").rev());
        assertEquals("author-d1", latest.stamps().get("sex").author());
        assertEquals("author-d2", latest.stamps().get("phone").author());
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement query = c.prepareStatement(
                     "SELECT jsonb_typeof(stamps), jsonb_array_length(stamps) FROM sync_records "
                             + "WHERE county_code = ? AND id = 'r1'")) {
            query.setString(1, county);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals("array", row.getString(1));
                assertEquals(3, row.getInt(2), "sex keeps d1's stamp; name and phone each have d2's of their own");
            }
        }
    }

    private static boolean allDone(List<Future<?>> futures) {
        return futures.stream().allMatch(Future::isDone);
    }

    private static SyncServerCore core(ServerStore store) {
        return SyncServerCore.create(store, ClockSkewClamp.fiveMinutes("platform", System::currentTimeMillis),
                ScopeCheck.EVERYTHING, ChangeValidator.ACCEPT_ALL);
    }

    private static Caller caller(String device) {
        return new Caller(device, "author-" + device, Set.of());
    }

    private static PushRequest batch(String device, String batchId, List<String> ids) {
        String hlc = new Hlc(System.currentTimeMillis(), 0, device).toString();
        List<Change> changes = ids.stream()
                .map(id -> new Change("resident", id, 0, Map.of("name", "居民" + id), false, hlc)).toList();
        return new PushRequest(device, batchId, 1, changes);
    }
}
