package org.griddesk.sync.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.merge.FieldMerger;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.HeldRecord;
import org.griddesk.sync.store.OutboxEntry;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PulledRecord;
import org.junit.jupiter.api.Test;

/**
 * How a pulled page lands in a device store, held against every store (the Derby store in desktop-app extends
 * this through the sync-engine test-jar): a page mixing new records, records with pending edits, open conflicts,
 * rejected edits, stale revisions and records leaving or re-entering the scope must end exactly as the
 * record-by-record pull left it.
 */
public abstract class PulledPageContract {

    private static final String GRID = "500101001001";
    private static final long T0 = 1_760_000_000_000L;
    private static final int NEW_RECORDS = 230; // more than two chunks of a bulk store's key queries

    private static final RecordKey SYNCED = key("synced");
    private static final RecordKey EDITED = key("edited");
    private static final RecordKey REJECTED = key("rejected");
    private static final RecordKey REJECTED_PENDING = key("rejected-pending");
    private static final RecordKey CONFLICT = key("conflict");
    private static final RecordKey STALE = key("stale");
    private static final RecordKey LEAVING_PENDING = key("leaving-pending");
    private static final RecordKey LEAVING_CLEAN = key("leaving-clean");
    private static final RecordKey LEAVING_REJECTED = key("leaving-rejected");
    private static final RecordKey LEAVING_UNKNOWN = key("leaving-unknown");
    private static final RecordKey RETURNING = key("returning");
    private static final RecordKey TWICE = key("twice");
    private static final RecordKey RESIDENT = new RecordKey("resident", "res-1");

    protected abstract DeviceStore newStore();

    @Test
    void aMixedPageEndsAsTheRecordByRecordPullLeftIt() {
        DeviceStore bulk = newStore();
        DeviceStore reference = newStore();
        prepare(bulk);
        prepare(reference);
        ChangesPage page = mixedPage();
        new PullApplier(bulk, clock(), new LocalViews(bulk, new FieldMerger())).apply(page);
        new RecordByRecordPull(reference, clock()).apply(page);
        assertEquals(snapshot(reference, page), snapshot(bulk, page));
    }

    @Test
    void aMixedPagePulledFromTheStartEndsAsTheRecordByRecordPullLeftIt() {
        DeviceStore bulk = newStore();
        DeviceStore reference = newStore();
        prepare(bulk);
        prepare(reference);
        ChangesPage page = mixedPage();
        PullApplier applier = new PullApplier(bulk, clock(), new LocalViews(bulk, new FieldMerger()));
        applier.startFromScratch(bulk.records()); // new records are then inserted without asking the store
        applier.apply(page);
        new RecordByRecordPull(reference, clock()).apply(page);
        assertEquals(snapshot(reference, page), snapshot(bulk, page));
    }

    @Test
    void aMixedPageRebasesPendingEditsKeepsConflictsAndDropsWhatLeft() {
        DeviceStore store = newStore();
        prepare(store);
        new PullApplier(store, clock(), new LocalViews(store, new FieldMerger())).apply(mixedPage());

        assertEquals(NEW_RECORDS + 20, store.pullCursor());
        SyncRecord fresh = store.localView(key("new-007")).orElseThrow();
        assertEquals("幸福村 7 号", fresh.field("address"));
        assertEquals(fresh, store.base(key("new-007")).orElseThrow());
        assertEquals(RecordSyncStatus.SYNCED, store.status(key("new-007")));

        assertEquals(3, store.base(EDITED).orElseThrow().rev());
        assertEquals("platform", store.base(EDITED).orElseThrow().field("address"));
        assertEquals("mine", store.localView(EDITED).orElseThrow().field("address"), "pending edit re-applied");
        assertEquals(SyncState.PENDING, store.status(EDITED).state());

        assertEquals(RecordSyncStatus.SYNCED, store.status(REJECTED));
        assertEquals(SyncState.REJECTED, store.status(REJECTED_PENDING).state());
        assertEquals(SyncState.CONFLICT, store.status(CONFLICT).state());
        assertEquals(5, store.base(STALE).orElseThrow().rev(), "an older rev never replaces a newer base");

        assertTrue(store.hasLeftScope(LEAVING_PENDING), "kept until its edits are pushed");
        assertEquals(1, store.pending(LEAVING_PENDING).size());
        assertTrue(store.base(LEAVING_CLEAN).isEmpty());
        assertTrue(store.hasLeftScope(LEAVING_REJECTED), "a refused edit stays until the worker discards it");
        assertEquals(SyncState.REJECTED, store.status(LEAVING_REJECTED).state());
        assertEquals(1, store.pending(LEAVING_REJECTED).size());
        assertFalse(store.records().contains(LEAVING_UNKNOWN));
        assertFalse(store.hasLeftScope(RETURNING));
        assertEquals(2, store.base(RETURNING).orElseThrow().rev());

        assertEquals(3, store.base(TWICE).orElseThrow().rev(), "the later copy in the page wins");
        assertEquals("第二次", store.localView(TWICE).orElseThrow().field("address"));
        assertEquals("张三", store.localView(RESIDENT).orElseThrow().field("name"));
    }

    @Test
    void heldTellsForEveryKeyWhatTheRecordByRecordReadsTell() {
        DeviceStore store = newStore();
        prepare(store);
        List<RecordKey> keys = new ArrayList<>(snapshotKeys(mixedPage()));
        Map<RecordKey, HeldRecord> held = store.held(keys);
        assertEquals(Set.copyOf(keys), held.keySet());
        for (RecordKey key : keys) {
            HeldRecord expected = new HeldRecord(store.base(key).map(SyncRecord::rev).orElse(0L), store.status(key),
                    store.hasLeftScope(key), store.pending(key));
            assertEquals(expected, held.get(key), key.toString());
        }
        assertEquals(HeldRecord.NOTHING, held.get(key("new-000")));
    }

    /** The device before the pull: one record in each situation a pull has to handle. */
    private static void prepare(DeviceStore store) {
        base(store, SYNCED, 1, "旧");
        base(store, EDITED, 2, "旧");
        store.append(EDITED, "address", "mine", new Hlc(T0 + 1, 0, "dev"), 2);
        store.putLocalView(base(EDITED, 2, "mine"));
        base(store, REJECTED, 1, "旧");
        store.setStatus(REJECTED, new RecordSyncStatus(SyncState.REJECTED, "invalid_field: phone"));
        base(store, REJECTED_PENDING, 1, "旧");
        store.append(REJECTED_PENDING, "houseNo", "x", new Hlc(T0 + 2, 0, "dev"), 1);
        store.setStatus(REJECTED_PENDING, new RecordSyncStatus(SyncState.REJECTED, "invalid_field: houseNo"));
        base(store, CONFLICT, 1, "旧");
        store.setStatus(CONFLICT, new RecordSyncStatus(SyncState.CONFLICT, "address"));
        base(store, STALE, 5, "新");
        base(store, LEAVING_PENDING, 1, "旧");
        store.append(LEAVING_PENDING, "address", "mine", new Hlc(T0 + 3, 0, "dev"), 1);
        base(store, LEAVING_CLEAN, 1, "旧");
        base(store, LEAVING_REJECTED, 1, "旧");
        store.append(LEAVING_REJECTED, "address", "bad", new Hlc(T0 + 4, 0, "dev"), 1);
        store.setStatus(LEAVING_REJECTED, new RecordSyncStatus(SyncState.REJECTED, "invalid_field: address"));
        base(store, RETURNING, 1, "旧");
        store.setLeftScope(RETURNING, true);
    }

    private static ChangesPage mixedPage() {
        List<PulledRecord> records = new ArrayList<>();
        for (int i = 0; i < NEW_RECORDS; i++) {
            records.add(pulled(key("new-%03d".formatted(i)), 1, "幸福村 " + i + " 号", false));
        }
        records.add(pulled(SYNCED, 2, "platform", false));
        records.add(pulled(TWICE, 2, "第一次", false));
        records.add(pulled(EDITED, 3, "platform", false));
        records.add(pulled(REJECTED, 2, "platform", false));
        records.add(pulled(REJECTED_PENDING, 2, "platform", false));
        records.add(pulled(CONFLICT, 2, "platform", false));
        records.add(pulled(STALE, 4, "platform", false));
        records.add(pulled(LEAVING_PENDING, 2, null, true));
        records.add(pulled(LEAVING_CLEAN, 2, null, true));
        records.add(pulled(LEAVING_REJECTED, 2, null, true));
        records.add(pulled(LEAVING_UNKNOWN, 2, null, true));
        records.add(pulled(RETURNING, 2, "platform", false));
        records.add(pulled(TWICE, 3, "第二次", false));
        records.add(new PulledRecord(RESIDENT.type(), RESIDENT.id(), 1, 0, Map.of("grid", GRID, "name", "张三"),
                false, false, new Hlc(T0 + 50, 0, "platform").toString()));
        List<PulledRecord> sequenced = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            PulledRecord r = records.get(i);
            sequenced.add(new PulledRecord(r.type(), r.id(), r.rev(), i + 1, r.fields(), r.deleted(), r.leftScope(),
                    r.hlc()));
        }
        return new ChangesPage(sequenced, NEW_RECORDS + 20, false);
    }

    private static PulledRecord pulled(RecordKey key, long rev, String address, boolean leftScope) {
        Map<String, Object> fields = leftScope ? Map.of() : Map.of("grid", GRID, "address", address);
        return new PulledRecord(key.type(), key.id(), rev, 0, fields, false, leftScope,
                new Hlc(T0 + 10 + rev, 0, "platform").toString());
    }

    /** Everything a store holds of the page's records, comparable between two stores. */
    private static Map<String, Object> snapshot(DeviceStore store, ChangesPage page) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        for (RecordKey key : snapshotKeys(page)) {
            snapshot.put(key + " base", store.base(key));
            snapshot.put(key + " view", store.localView(key));
            snapshot.put(key + " status", store.status(key));
            snapshot.put(key + " leftScope", store.hasLeftScope(key));
            snapshot.put(key + " pending", store.pending(key).stream().map(PulledPageContract::edit).toList());
        }
        snapshot.put("records", new LinkedHashSet<>(store.records()));
        snapshot.put("outbox", store.outbox().stream().map(PulledPageContract::edit).toList());
        snapshot.put("cursor", store.pullCursor());
        return snapshot;
    }

    private static Set<RecordKey> snapshotKeys(ChangesPage page) {
        Set<RecordKey> keys = new LinkedHashSet<>();
        page.records().forEach(r -> keys.add(new RecordKey(r.type(), r.id())));
        return keys;
    }

    private static List<Object> edit(OutboxEntry entry) {
        return java.util.Arrays.asList(entry.record(), entry.field(), entry.value(), entry.hlc(), entry.baseRev());
    }

    private static void base(DeviceStore store, RecordKey key, long rev, String address) {
        SyncRecord record = base(key, rev, address);
        store.putBase(record);
        store.putLocalView(record);
    }

    private static SyncRecord base(RecordKey key, long rev, String address) {
        return new SyncRecord(key.type(), key.id(), Map.of("grid", GRID, "address", address), rev, false);
    }

    private static HybridLogicalClock clock() {
        return new HybridLogicalClock("dev", () -> T0);
    }

    private static RecordKey key(String id) {
        return new RecordKey("household", id);
    }
}
