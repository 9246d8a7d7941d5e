package org.griddesk.sync.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.griddesk.sync.clock.ClockSkewClamp;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.FieldMerger;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;
import org.junit.jupiter.api.Test;

class SyncServerCoreTest {

    private static final String GRID = "500101001001";
    private static final String OTHER_GRID = "500101001002";

    private final TestPlatform platform = new TestPlatform((caller, current, proposed) ->
            "bad".equals(proposed.fields().get("idNumber"))
                    ? ChangeVerdict.reject(ErrorCodes.INVALID_FIELD, "identity number check failed")
                    : "dup".equals(proposed.fields().get("idNumber"))
                    ? ChangeVerdict.duplicate("identity number already registered") : ChangeVerdict.ACCEPTED);
    private final Caller worker = TestPlatform.worker("dev1", GRID);

    @Test
    void aFailingChangeIsRejectedAloneAndTheRestOfTheBatchGoesThrough() {
        PushResponse response = push(worker, "b1",
                create("r1", Map.of("grid", GRID, "name", "甲")),
                create("r2", Map.of("grid", GRID, "idNumber", "bad")),
                create("r3", Map.of("grid", GRID, "name", "丙")));
        assertEquals(List.of("applied", "rejected", "applied"),
                response.results().stream().map(ChangeResult::status).toList());
        assertEquals(ErrorCodes.INVALID_FIELD, response.results().get(1).error().code());
        assertTrue(platform.store.find(new RecordKey("resident", "r3")).isPresent());
        assertTrue(platform.store.find(new RecordKey("resident", "r2")).isEmpty());
    }

    @Test
    void replayingABatchReturnsTheStoredResultAndChangesNothing() {
        PushResponse first = push(worker, "b1", create("r1", Map.of("grid", GRID, "name", "甲")));
        long seqAfterFirst = platform.store.lastSeq();
        PushResponse replay = push(worker, "b1", create("r1", Map.of("name", "甲", "grid", GRID)));
        assertEquals(first, replay);
        assertEquals(seqAfterFirst, platform.store.lastSeq());
        assertEquals("甲", platform.store.find(new RecordKey("resident", "r1")).orElseThrow().fields().get("name"));
    }

    @Test
    void aBatchIdReusedForOtherChangesIsRefusedAndChangesNothing() {
        push(worker, "b1", create("r1", Map.of("grid", GRID, "name", "甲")));
        long seqAfterFirst = platform.store.lastSeq();
        assertThrows(BatchIdReusedException.class,
                () -> push(worker, "b1", create("r1", Map.of("grid", GRID, "name", "乙"))));
        assertThrows(BatchIdReusedException.class, () -> push(worker, "b1",
                create("r1", Map.of("grid", GRID, "name", "甲")), create("r2", Map.of("grid", GRID, "name", "丙"))));
        assertEquals(seqAfterFirst, platform.store.lastSeq());
        assertEquals("甲", platform.store.find(new RecordKey("resident", "r1")).orElseThrow().fields().get("name"));
        assertTrue(platform.store.find(new RecordKey("resident", "r2")).isEmpty());
    }

    @Test
    void theSameBatchIdFromAnotherDeviceIsANewBatch() {
        push(worker, "b1", create("r1", Map.of("grid", GRID, "name", "甲")));
        Caller other = TestPlatform.worker("dev2", GRID);
        PushResponse response = push(other, "b1", change("dev2", "r1", 1, Map.of("name", "乙")));
        assertEquals("applied", response.results().get(0).status());
        assertEquals(2, response.results().get(0).rev());
    }

    @Test
    void anOlderSchemaIsRefusedClearly() {
        SyncServerCore strict = new SyncServerCore(platform.store,
                new PushJudge(platform.store, new FieldMerger(),
                        ClockSkewClamp.fiveMinutes("p", platform.wallClock::get),
                        ScopeCheck.EVERYTHING, ChangeValidator.ACCEPT_ALL),
                new PullFeed(platform.store, ScopeCheck.EVERYTHING), 2);
        assertThrows(UnsupportedSchemaException.class,
                () -> strict.push(worker, new PushRequest("dev1", "b1", 1, List.of())));
    }

    @Test
    void recordsOfAnotherGridAreOutOfScopeForReadingAndWriting() {
        Caller otherWorker = TestPlatform.worker("dev2", OTHER_GRID);
        push(worker, "b1", create("r1", Map.of("grid", GRID, "name", "甲")));
        ChangeResult write = push(otherWorker, "b1", change("dev2", "r1", 1, Map.of("name", "乙"))).results().get(0);
        assertEquals(ErrorCodes.OUT_OF_SCOPE, write.error().code());
        ChangeResult intoOtherGrid = push(worker, "b2", create("r9", Map.of("grid", OTHER_GRID))).results().get(0);
        assertEquals(ErrorCodes.OUT_OF_SCOPE, intoOtherGrid.error().code());
        assertTrue(platform.core.pull(otherWorker, 0, 100).records().isEmpty());
    }

    @Test
    void malformedChangesAreRejectedWithoutStoppingTheBatch() {
        Change badHlc = new Change("resident", "r1", 0, Map.of("grid", GRID), false, "yesterday");
        Change reserved = new Change("resident", "r2", 0, Map.of("_deleted", true), false, hlc("dev1", 1).toString());
        Change foreignHlc = new Change("resident", "r3", 0, Map.of("grid", GRID), false, hlc("dev9", 1).toString());
        PushResponse response = push(worker, "b1", badHlc, reserved, foreignHlc, create("r4", Map.of("grid", GRID)));
        assertEquals(List.of("rejected", "rejected", "rejected", "applied"),
                response.results().stream().map(ChangeResult::status).toList());
        assertEquals(ErrorCodes.INVALID_CHANGE, response.results().get(0).error().code());
    }

    @Test
    void aPossibleDuplicateIsAcceptedAndFlagged() {
        ChangeResult result = push(worker, "b1", create("r1", Map.of("grid", GRID, "idNumber", "dup"))).results().get(0);
        assertEquals("duplicate", result.status());
        assertEquals(1, result.rev());
        assertTrue(platform.store.find(new RecordKey("resident", "r1")).isPresent());
    }

    @Test
    void conflictsAreStoredWithTheBaseValueForTheReviewQueue() {
        push(worker, "b1", create("r1", Map.of("grid", GRID, "phone", "1")));
        Caller second = TestPlatform.worker("dev2", GRID);
        push(second, "c1", change("dev2", "r1", 1, Map.of("phone", "2")));
        platform.wallClock.addAndGet(1000);
        ChangeResult result = push(worker, "b2", change("dev1", "r1", 1, Map.of("phone", "3"), 1000)).results().get(0);
        assertEquals("conflict", result.status());
        var stored = platform.store.conflicts().get(0);
        assertEquals("1", stored.conflict().base());
        assertEquals("2", stored.conflict().theirs());
        assertEquals("3", stored.conflict().mine());
        assertEquals("user-dev2", stored.conflict().theirsAuthor());
    }

    @Test
    void aDeviceAskingForLeanAnswersGetsNoRecordForAnAppliedChangeButStillForMergesAndConflicts() {
        push(worker, "b1", create("r1", Map.of("grid", GRID, "phone", "1", "name", "张三")));
        ChangeResult applied = leanPush(worker, "b2", change("dev1", "r1", 1, Map.of("phone", "2")));
        assertEquals("applied", applied.status());
        assertEquals(2, applied.rev());
        assertEquals(null, applied.record());
        Caller second = TestPlatform.worker("dev2", GRID);
        push(second, "c1", change("dev2", "r1", 2, Map.of("phone", "3")));
        ChangeResult merged = leanPush(worker, "b3", change("dev1", "r1", 2, Map.of("name", "张三丰"), 1000));
        assertEquals("merged", merged.status());
        assertEquals(Map.of("grid", GRID, "phone", "3", "name", "张三丰"), merged.record().fields());
        ChangeResult conflict = leanPush(worker, "b4", change("dev1", "r1", 2, Map.of("phone", "4"), 2000));
        assertEquals("conflict", conflict.status());
        assertEquals("4", conflict.record().fields().get("phone"));
    }

    @Test
    void aDeviceDaysAheadDoesNotWinEveryConflict() {
        push(worker, "b1", create("r1", Map.of("grid", GRID, "phone", "1")));
        Caller fast = TestPlatform.worker("fast", GRID);
        long daysAhead = Duration.ofDays(4).toMillis();
        push(fast, "f1", change("fast", "r1", 1, Map.of("phone", "from-fast"), daysAhead));
        platform.wallClock.addAndGet(60_000);
        ChangeResult later = push(worker, "b2", change("dev1", "r1", 1, Map.of("phone", "later-honest"), 60_000))
                .results().get(0);
        assertEquals("later-honest", later.record().fields().get("phone"));
    }

    @Test
    void pullPagesInSeqOrderWithCursorAndHasMore() {
        for (int i = 1; i <= 5; i++) {
            push(worker, "b" + i, create("r" + i, Map.of("grid", GRID, "n", i)));
        }
        ChangesPage first = platform.core.pull(worker, 0, 2);
        assertEquals(List.of(1L, 2L), first.records().stream().map(r -> r.seq()).toList());
        assertTrue(first.hasMore());
        ChangesPage rest = platform.core.pull(worker, first.next(), 10);
        assertEquals(List.of("r3", "r4", "r5"), rest.records().stream().map(r -> r.id()).toList());
        assertFalse(rest.hasMore());
        assertEquals(5, rest.next());
        assertTrue(platform.core.pull(worker, rest.next(), 10).records().isEmpty());
    }

    @Test
    void aRecordChangedAgainMovesToTheEndOfTheFeed() {
        push(worker, "b1", create("r1", Map.of("grid", GRID)), create("r2", Map.of("grid", GRID)));
        push(worker, "b2", change("dev1", "r1", 1, Map.of("name", "甲")));
        ChangesPage page = platform.core.pull(worker, 0, 10);
        assertEquals(List.of("r2", "r1"), page.records().stream().map(r -> r.id()).toList());
        assertEquals(2, page.records().get(1).rev());
    }

    @Test
    void aRecordMovedToAnotherGridIsAnnouncedAsLeavingWithoutItsFields() {
        Caller supervisor = TestPlatform.worker("sup", GRID, OTHER_GRID);
        push(worker, "b1", create("r1", Map.of("grid", GRID, "name", "甲")));
        long cursor = platform.core.pull(worker, 0, 10).next();
        push(supervisor, "s1", change("sup", "r1", 1, Map.of("grid", OTHER_GRID)));
        ChangesPage page = platform.core.pull(worker, cursor, 10);
        assertEquals(1, page.records().size());
        assertTrue(page.records().get(0).leftScope());
        assertTrue(page.records().get(0).fields().isEmpty());
        Caller stranger = TestPlatform.worker("dev3", "999");
        assertTrue(platform.core.pull(stranger, 0, 10).records().isEmpty());
    }

    private PushResponse push(Caller caller, String batchId, Change... changes) {
        return platform.core.push(caller, new PushRequest(caller.deviceId(), batchId, 1, List.of(changes)));
    }

    private ChangeResult leanPush(Caller caller, String batchId, Change change) {
        return platform.core.push(caller, new PushRequest(caller.deviceId(), batchId, 1, List.of(change), true))
                .results().get(0);
    }

    private static Change create(String id, Map<String, Object> fields) {
        return new Change("resident", id, 0, fields, false, hlc("dev1", 0).toString());
    }

    private static Change change(String device, String id, long baseRev, Map<String, Object> fields) {
        return change(device, id, baseRev, fields, 0);
    }

    private static Change change(String device, String id, long baseRev, Map<String, Object> fields, long offset) {
        return new Change("resident", id, baseRev, fields, false, hlc(device, offset).toString());
    }

    private static Hlc hlc(String device, long offset) {
        return new Hlc(TestPlatform.START + offset, 0, device);
    }
}
