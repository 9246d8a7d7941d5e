package org.griddesk.platform.store.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
