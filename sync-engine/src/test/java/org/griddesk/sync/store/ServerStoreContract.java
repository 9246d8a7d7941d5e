package org.griddesk.sync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.Conflict;
import org.griddesk.sync.merge.FieldStamp;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.PushResponse;
import org.junit.jupiter.api.Test;

/** What every {@link ServerStore} must do; the PostgreSQL store in county-platform can extend this. */
public abstract class ServerStoreContract {

    protected abstract ServerStore newStore();

    @Test
    void savingHandsOutIncreasingSeqsAndTheFeedShowsEachRecordOnceAtItsLatestSeq() {
        ServerStore store = newStore();
        long s1 = store.save(record("r1", 1, "甲"));
        long s2 = store.save(record("r2", 1, "乙"));
        long s3 = store.save(record("r1", 2, "丙"));
        assertTrue(s1 < s2 && s2 < s3);
        List<SequencedRecord> feed = store.changesAfter(0, 10);
        assertEquals(List.of(s2, s3), feed.stream().map(SequencedRecord::seq).toList());
        assertEquals("丙", feed.get(1).record().fields().get("name"));
        assertEquals(List.of(s3), store.changesAfter(s2, 10).stream().map(SequencedRecord::seq).toList());
        assertEquals(1, store.changesAfter(0, 1).size());
        assertEquals(s3, store.lastSeq());
    }

    @Test
    void historyKeepsEveryRevisionWithItsStamps() {
        ServerStore store = newStore();
        store.save(record("r1", 1, "甲"));
        store.save(record("r1", 2, "乙"));
        RecordKey key = new RecordKey("resident", "r1");
        assertEquals("甲", store.version(key, 1).orElseThrow().fields().get("name"));
        assertEquals(List.of(1L, 2L), store.history(key).stream().map(ServerRecord::rev).toList());
        assertEquals(2L, store.find(key).orElseThrow().fieldRevs().get("name"));
    }

    @Test
    void historiesOfManyRecordsAreReadTogether() {
        ServerStore store = newStore();
        store.save(record("r1", 1, "甲"));
        store.save(record("r2", 1, "乙"));
        store.save(record("r1", 2, "丙"));
        RecordKey r1 = new RecordKey("resident", "r1");
        RecordKey r2 = new RecordKey("resident", "r2");
        RecordKey never = new RecordKey("household", "r1");
        Map<RecordKey, List<ServerRecord>> histories = store.histories(List.of(r2, never, r1));
        assertEquals(Map.of(r1, store.history(r1), r2, store.history(r2), never, List.of()), histories);
        assertEquals(List.of(1L, 2L), histories.get(r1).stream().map(ServerRecord::rev).toList());
    }

    @Test
    void batchResultsAreStoredPerDeviceAndBatch() {
        ServerStore store = newStore();
        PushResponse response = new PushResponse(List.of(new ChangeResult("r1", "applied", 1, null, List.of(), null)));
        store.saveBatchResult("dev1", "b1", response);
        assertEquals(response, store.batchResult("dev1", "b1").orElseThrow());
        assertTrue(store.batchResult("dev2", "b1").isEmpty());
    }

    @Test
    void conflictsAreKept() {
        ServerStore store = newStore();
        Conflict conflict = new Conflict("phone", "1", "2", "3", Conflict.Kept.THEIRS, "a", "b", hlc(2), hlc(3));
        store.addConflict(new StoredConflict(new RecordKey("resident", "r1"), 4, conflict));
        assertEquals(conflict, store.conflicts().get(0).conflict());
    }

    private static ServerRecord record(String id, long rev, String name) {
        return new ServerRecord("resident", id, rev, Map.of("name", name), false,
                Map.of("name", new FieldStamp(rev, hlc(rev), "author")));
    }

    private static Hlc hlc(long n) {
        return new Hlc(1_760_000_000_000L + n, 0, "dev");
    }
}
