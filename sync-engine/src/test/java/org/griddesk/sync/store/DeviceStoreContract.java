package org.griddesk.sync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeviceStore} must do; the Derby store in desktop-app can extend this with its own
 * {@link #newStore()} (from the sync-engine test-jar) so both stores are held to the same behaviour.
 */
public abstract class DeviceStoreContract {

    private static final RecordKey R1 = new RecordKey("resident", "r1");
    private static final RecordKey R2 = new RecordKey("resident", "r2");

    protected abstract DeviceStore newStore();

    @Test
    void theOutboxIsAppendOnlyInOrderAndEntriesLeaveOnlyWhenAcknowledged() {
        DeviceStore store = newStore();
        OutboxEntry first = store.append(R1, "name", "甲", hlc(1), 0);
        OutboxEntry second = store.append(R2, "phone", null, hlc(2), 3);
        OutboxEntry third = store.append(R1, "tags", List.of("独居"), hlc(3), 0);
        assertTrue(first.seq() < second.seq() && second.seq() < third.seq());
        assertEquals(List.of(first, second, third), store.outbox());
        assertEquals(List.of(first, third), store.pending(R1));
        store.acknowledge(List.of(first.seq(), third.seq()));
        assertEquals(List.of(second), store.outbox());
        assertEquals(3, second.baseRev());
    }

    @Test
    void theOutboxIsWalkedFromASeqInPagesAndThePendingEditsOfManyRecordsAreReadTogether() {
        DeviceStore store = newStore();
        RecordKey r3 = new RecordKey("household", "h3");
        OutboxEntry first = store.append(R1, "name", "甲", hlc(1), 0);
        OutboxEntry second = store.append(R2, "phone", "13800138000", hlc(2), 0);
        OutboxEntry third = store.append(R1, "tags", List.of("独居"), hlc(3), 0);
        OutboxEntry fourth = store.append(r3, "address", "一组 3 号", hlc(4), 0);
        OutboxEntry fifth = store.append(R2, "name", "乙", hlc(5), 0);
        store.acknowledge(List.of(second.seq()));

        assertEquals(List.of(position(first), position(third), position(fourth)), store.outboxFrom(0, 3));
        assertEquals(List.of(position(fourth), position(fifth)), store.outboxFrom(third.seq() + 1, 3));
        assertEquals(List.of(), store.outboxFrom(fifth.seq() + 1, 3));

        Map<RecordKey, List<OutboxEntry>> pending = store.pending(List.of(R2, R1, new RecordKey("resident", "none")));
        assertEquals(Map.of(R1, List.of(first, third), R2, List.of(fifth)), pending);
    }

    private static OutboxPosition position(OutboxEntry entry) {
        return new OutboxPosition(entry.seq(), entry.record());
    }

    @Test
    void appendingMarksTheRecordPending() {
        DeviceStore store = newStore();
        store.setStatus(R1, new RecordSyncStatus(SyncState.REJECTED, "invalid_field: x"));
        store.append(R1, "name", "甲", hlc(1), 0);
        assertEquals(SyncState.PENDING, store.status(R1).state());
    }

    @Test
    void baseViewAndStatusAreKeptPerRecordAndDroppedTogether() {
        DeviceStore store = newStore();
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", "甲");
        fields.put("phone", null);
        SyncRecord base = new SyncRecord("resident", "r1", fields, 4, false);
        store.putBase(base);
        store.putLocalView(base.withField("name", "乙"));
        store.setLeftScope(R1, true);
        assertEquals(base, store.base(R1).orElseThrow());
        assertEquals("乙", store.localView(R1).orElseThrow().field("name"));
        assertTrue(store.hasLeftScope(R1));
        store.dropRecord(R1);
        assertTrue(store.base(R1).isEmpty());
        assertTrue(store.localView(R1).isEmpty());
        assertFalse(store.hasLeftScope(R1));
        assertFalse(store.records().contains(R1));
    }

    @Test
    void oneFieldOfEachRecordComesFromItsViewOrElseFromItsBase() {
        DeviceStore store = newStore();
        SyncRecord r1 = new SyncRecord("resident", "r1", Map.of("grid", "500101001001"), 2, false);
        store.putBase(r1);
        store.putLocalView(r1.withField("grid", "500101001002"));
        store.putBase(new SyncRecord("resident", "r2", Map.of("grid", "500101001003"), 1, false));
        RecordKey r3 = new RecordKey("resident", "r3");
        store.putLocalView(new SyncRecord("resident", "r3", Map.of("name", "丙"), 0, false));
        store.append(new RecordKey("resident", "r4"), "grid", "500101001004", hlc(1), 0);

        Map<RecordKey, Object> grids = store.fieldOfEach("grid");

        assertEquals(Map.of(R1, "500101001002", R2, "500101001003"), grids);
        assertFalse(grids.containsKey(r3));
    }

    @Test
    void batchAndCursorCheckpointsSurvive() {
        DeviceStore store = newStore();
        assertEquals(0, store.pullCursor());
        store.saveInFlightBatch(new InFlightBatch("b1", List.of(1L, 2L)));
        store.saveInFlightBatch(new InFlightBatch("b2", List.of(3L)));
        store.saveInFlightBatch(new InFlightBatch("b3", List.of(4L, 5L)));
        assertEquals(List.of(1L, 2L), store.inFlightBatches().get(0).entrySeqs());
        store.replaceInFlightBatch("b2", new InFlightBatch("b2-again", List.of(3L)));
        store.acknowledgeBatch("b3");
        assertEquals(List.of(new InFlightBatch("b1", List.of(1L, 2L)), new InFlightBatch("b2-again", List.of(3L))),
                store.inFlightBatches(), "answered in any order, the others stay as recorded");
        assertEquals("b3", store.lastAcknowledgedBatchId().orElseThrow());
        store.acknowledgeBatch("b1");
        store.acknowledgeBatch("b2-again");
        assertTrue(store.inFlightBatches().isEmpty());
        assertEquals("b2-again", store.lastAcknowledgedBatchId().orElseThrow());
        store.savePullCursor(42);
        assertEquals(42, store.pullCursor());
    }

    private static Hlc hlc(int n) {
        return new Hlc(1_760_000_000_000L + n, 0, "dev");
    }
}
