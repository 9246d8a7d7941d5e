package org.griddesk.desktop.store.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.griddesk.desktop.store.OpenStore;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.merge.Conflict;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.store.InFlightBatch;
import org.griddesk.sync.store.LocalConflict;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyDeviceStoreTest {

    private static final RecordKey R1 = new RecordKey("resident", "r1");

    @TempDir
    Path dataDir;

    @Test
    void atomicallyRollsBackEverythingWhenTheWorkFails() throws Exception {
        try (OpenStore open = SyncStoreFixtures.createStore(dataDir)) {
            DerbyDeviceStore store = DerbyDeviceStore.on(open);
            store.putBase(new SyncRecord("resident", "r1", Map.of("name", "甲"), 1, false));

            assertThrows(IllegalStateException.class, () -> store.atomically(() -> {
                store.putBase(new SyncRecord("resident", "r1", Map.of("name", "乙"), 2, false));
                store.append(R1, "name", "丙", hlc(1), 2);
                store.savePullCursor(99);
                throw new IllegalStateException("power cut");
            }));

            assertEquals("甲", store.base(R1).orElseThrow().field("name"));
            assertTrue(store.outbox().isEmpty());
            assertEquals(0, store.pullCursor());
            assertEquals(RecordSyncStatus.SYNCED, store.status(R1));
        }
    }

    @Test
    void everythingSurvivesLockingAndUnlockingTheStore() throws Exception {
        LocalConflict conflict = new LocalConflict(R1, 5, new Conflict("phone", null, "13800138000", "13900139000",
                Conflict.Kept.THEIRS, "dev-a", "dev-b", hlc(2), hlc(3)));
        try (OpenStore open = SyncStoreFixtures.createStore(dataDir)) {
            DerbyDeviceStore store = DerbyDeviceStore.on(open);
            new LocalChanges(store, new HybridLogicalClock("dev-a", () -> 1_760_000_000_000L))
                    .set(R1, Map.of("name", "张三", "tags", List.of("独居", "低保"), "age", 71));
            store.addConflict(conflict);
            store.setStatus(R1, new RecordSyncStatus(SyncState.REJECTED, "invalid_field: 身份证号"));
            store.saveInFlightBatch(new InFlightBatch("b7", List.of(1L, 2L)));
            store.saveInFlightBatch(new InFlightBatch("b8", List.of(3L)));
            store.savePullCursor(12);
        }
        try (OpenStore open = SyncStoreFixtures.openStore(dataDir)) {
            DerbyDeviceStore store = DerbyDeviceStore.on(open);
            SyncRecord view = store.localView(R1).orElseThrow();
            assertEquals(List.of("独居", "低保"), view.field("tags"));
            assertEquals(71L, view.field("age"));
            assertEquals(3, store.pending(R1).size());
            assertEquals(List.of(conflict), store.conflicts());
            assertEquals(new RecordSyncStatus(SyncState.REJECTED, "invalid_field: 身份证号"), store.status(R1));
            assertEquals(List.of(new InFlightBatch("b7", List.of(1L, 2L)), new InFlightBatch("b8", List.of(3L))),
                    store.inFlightBatches());
            assertEquals(12, store.pullCursor());
            assertEquals("dev-a", store.newestEditTime().orElseThrow().deviceId());
        }
    }

    @Test
    void aBatchRecordedBeforeSeveralCouldBeInFlightIsStillSentAgain() throws Exception {
        try (OpenStore open = SyncStoreFixtures.createStore(dataDir)) {
            new Checkpoints(new Transactions(open::connect))
                    .put("batch.inFlight", "{\"batchId\":\"b6\",\"entrySeqs\":[4,5]}");
            DerbyDeviceStore store = DerbyDeviceStore.on(open);
            assertEquals(List.of(new InFlightBatch("b6", List.of(4L, 5L))), store.inFlightBatches());
            store.saveInFlightBatch(new InFlightBatch("b7", List.of(6L)));
            store.acknowledgeBatch("b6");
            assertEquals(List.of(new InFlightBatch("b7", List.of(6L))), store.inFlightBatches());
        }
    }

    @Test
    void localViewsOfATypeComeInOneListWithTheirStates() throws Exception {
        try (OpenStore open = SyncStoreFixtures.createStore(dataDir)) {
            DerbyDeviceStore store = DerbyDeviceStore.on(open);
            LocalChanges changes = new LocalChanges(store, new HybridLogicalClock("dev", () -> 1_760_000_000_000L));
            changes.set(new RecordKey("household", "h2"), Map.of("address", "二号"));
            changes.set(new RecordKey("household", "h1"), Map.of("address", "一号"));
            changes.set(R1, Map.of("name", "甲"));
            store.putBase(new SyncRecord("household", "h3", Map.of("address", "三号"), 4, false));

            List<SyncRecord> households = store.localViews("household");

            assertEquals(List.of("h1", "h2"), households.stream().map(SyncRecord::id).toList());
            assertEquals("一号", households.get(0).field("address"));
            assertEquals(SyncState.PENDING, store.unsyncedStatuses("household").get("h1").state());
            assertEquals(2, store.unsyncedStatuses("household").size());
        }
    }

    @Test
    void acknowledgedEditsLeaveTheOutboxButKeepTheClockHistory() throws Exception {
        try (OpenStore open = SyncStoreFixtures.createStore(dataDir)) {
            DerbyDeviceStore store = DerbyDeviceStore.on(open);
            long seq = store.append(R1, "name", "甲", hlc(7), 0).seq();
            store.acknowledge(List.of(seq));
            assertTrue(store.outbox().isEmpty());
            assertEquals(0, open.statusCounts().pendingRecords());
            assertEquals(hlc(7), store.newestEditTime().orElseThrow());
        }
    }

    @Test
    void theOutboxIsWalkedAlongItsIndexInSeqOrderWithoutSortingItAll() throws Exception {
        try (OpenStore open = SyncStoreFixtures.createStore(dataDir)) {
            try (Connection c = open.connect();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO outbox (record_type, record_id, field, "
                         + "value, hlc, base_rev, created_at, acked_at) VALUES ('resident', ?, 'name', '\"甲\"', ?, 0, "
                         + "CURRENT_TIMESTAMP, ?)")) {
                for (int i = 0; i < 6_000; i++) { // the first upload of a village, its first third sent already
                    insert.setString(1, "r" + i / 6);
                    insert.setString(2, hlc(i).toString());
                    insert.setTimestamp(3, i < 2_000 ? new Timestamp(1_760_000_000_000L) : null);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            DerbyDeviceStore store = DerbyDeviceStore.on(open);
            long firstPending = store.outbox().get(0).seq();

            assertEquals(new RecordKey("resident", "r333"), store.outboxFrom(0, 10).get(0).record());
            try (Connection c = open.connect(); Statement statistics = c.createStatement()) {
                statistics.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
                try (PreparedStatement walk = c.prepareStatement(OutboxRows.WALK)) {
                    walk.setMaxRows(100);
                    walk.setLong(1, firstPending + 500);
                    try (ResultSet rows = walk.executeQuery()) {
                        assertTrue(rows.next());
                        assertEquals(firstPending + 500, rows.getLong(1));
                        while (rows.next()) {
                            continue;
                        }
                    }
                }
                try (ResultSet plan = statistics.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                    plan.next();
                    String text = plan.getString(1);
                    assertTrue(text.contains("using index OUTBOX_UNACKED"), text);
                    assertFalse(text.contains("Sort ResultSet"), text);
                    assertTrue(text.contains("Rows seen = 100"), "only the page is read: " + text);
                }
            }
        }
    }

    private static Hlc hlc(int n) {
        return new Hlc(1_760_000_000_000L + n, 0, "dev-a");
    }
}
