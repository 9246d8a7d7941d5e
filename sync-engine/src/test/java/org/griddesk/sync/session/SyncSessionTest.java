package org.griddesk.sync.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.griddesk.sync.client.ServerUnavailableException;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.server.ChangeVerdict;
import org.griddesk.sync.server.TestPlatform;
import org.griddesk.sync.store.InFlightBatch;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.PushRequest;
import org.junit.jupiter.api.Test;

class SyncSessionTest {

    private static final String GRID = "500101001001";
    private static final String OTHER_GRID = "500101001002";
    private static final SessionSettings SMALL = new SessionSettings(2, 2);

    private final TestPlatform platform = new TestPlatform((caller, current, proposed) ->
            "bad".equals(proposed.fields().get("phone"))
                    ? ChangeVerdict.reject(ErrorCodes.INVALID_FIELD, "phone must have 11 digits")
                    : ChangeVerdict.ACCEPTED);
    private final TestDevice a = new TestDevice(platform, "devA", 0, SMALL, GRID);
    private final TestDevice b = new TestDevice(platform, "devB", 0, SMALL, GRID);

    @Test
    void aRecordCreatedOfflineReachesAnotherDevice() {
        a.set("household", "h1", Map.of("grid", GRID, "address", "一组 3 号"));
        SyncOutcome pushed = a.sync();
        assertTrue(pushed.completed());
        assertEquals(1, pushed.counters().pushed());
        assertEquals(1, pushed.counters().applied());
        assertEquals(SyncState.SYNCED, a.store.status(new RecordKey("household", "h1")).state());
        assertTrue(a.store.outbox().isEmpty());
        SyncOutcome pulled = b.sync();
        assertEquals(1, pulled.counters().pulled());
        assertEquals("一组 3 号", b.view("household", "h1").field("address"));
        assertEquals(1, b.view("household", "h1").rev());
    }

    @Test
    void anAppliedEditAnsweredWithoutItsRecordBecomesTheNewBaseOnTheDevice() {
        a.set("resident", "r1", Map.of("grid", GRID, "name", "张三", "phone", "13800000000"));
        assertTrue(a.sync().completed());
        a.set("resident", "r1", Map.of("phone", "13900000000"));
        List<Boolean> echoed = new ArrayList<>();
        a.transport.judged = (request, response) -> echoed.add(response.results().get(0).record() != null);
        a.transport.pullPagesBeforeCut = 0; // the base below comes from the push answer alone, not from a pull
        assertEquals(SyncOutcome.Ending.FAILED, a.sync().ending());
        assertEquals(true, a.transport.pushes.get(a.transport.pushes.size() - 1).omitAppliedRecords());
        assertEquals(List.of(false), echoed);
        var base = a.store.base(new RecordKey("resident", "r1")).orElseThrow();
        assertEquals(2, base.rev());
        assertEquals(Map.of("grid", GRID, "name", "张三", "phone", "13900000000"), base.fields());
        assertEquals(platform.store.find(new RecordKey("resident", "r1")).orElseThrow().fields(), base.fields());
        assertEquals(SyncState.SYNCED, a.store.status(new RecordKey("resident", "r1")).state());
    }

    @Test
    void progressIsReportedPerBatchAndPage() {
        for (int i = 0; i < 5; i++) {
            a.set("household", "h" + i, Map.of("grid", GRID));
        }
        List<SyncPhase> phases = new ArrayList<>();
        SyncOutcome outcome = a.session((phase, counters) -> phases.add(phase)).run();
        assertEquals(List.of(SyncPhase.PUSH, SyncPhase.PUSH, SyncPhase.PUSH, SyncPhase.PULL, SyncPhase.PULL,
                SyncPhase.PULL, SyncPhase.DONE), phases);
        assertEquals(new SyncCounters(5, 5, 0, 0, 0, 5), outcome.counters());
    }

    @Test
    void aLostAnswerIsResentWithTheSameBatchIdAndReplayed() {
        a.set("household", "h1", Map.of("grid", GRID, "address", "一组"));
        a.transport.pushAnswersToLose = 1;
        SyncOutcome failed = a.sync();
        assertEquals(SyncOutcome.Ending.FAILED, failed.ending());
        assertInstanceOf(ServerUnavailableException.class, failed.failure());
        InFlightBatch inFlight = a.store.inFlightBatches().get(0);
        assertEquals(2, a.store.outbox().size());
        long seqBefore = platform.store.lastSeq();

        assertTrue(a.sync().completed());
        assertEquals(inFlight.batchId(), a.transport.pushes.get(1).batchId());
        assertEquals(a.transport.pushes.get(0), a.transport.pushes.get(1));
        assertEquals(seqBefore, platform.store.lastSeq());
        assertTrue(a.store.outbox().isEmpty());
        assertEquals(inFlight.batchId(), a.store.lastAcknowledgedBatchId().orElseThrow());
        assertEquals(1, a.store.base(new RecordKey("household", "h1")).orElseThrow().rev());
    }

    @Test
    void aBatchIdThePlatformJudgedForOtherChangesIsResentUnderANewId() {
        // the platform already judged batch "taken" of this device, holding other changes
        platform.transportFor(TestPlatform.worker("devA", GRID)).push(new PushRequest("devA", "taken", 1,
                List.of(new Change("household", "h0", 0, Map.of("grid", GRID), false, a.clock.now().toString()))));
        a.set("household", "h1", Map.of("grid", GRID, "address", "一组"));
        a.store.saveInFlightBatch(new InFlightBatch("taken",
                a.store.outbox().stream().map(entry -> entry.seq()).toList()));

        assertTrue(a.sync().completed());

        List<String> sentIds = a.transport.pushes.stream().map(push -> push.batchId()).toList();
        assertEquals("taken", sentIds.get(0));
        assertFalse(sentIds.subList(1, sentIds.size()).contains("taken"), "then under a new id: " + sentIds);
        assertTrue(a.store.outbox().isEmpty());
        assertEquals("一组", platform.store.find(new RecordKey("household", "h1")).orElseThrow()
                .fields().get("address"));
        assertEquals(SyncState.SYNCED, a.store.status(new RecordKey("household", "h1")).state());
    }

    @Test
    void aCutPullResumesFromTheLastAppliedPage() {
        for (int i = 0; i < 5; i++) {
            a.set("household", "h" + i, Map.of("grid", GRID));
        }
        a.sync();
        b.transport.pullPagesBeforeCut = 1;
        assertEquals(SyncOutcome.Ending.FAILED, b.sync().ending());
        assertEquals(2, b.store.pullCursor());
        assertEquals(2, b.store.records().size());
        assertTrue(b.sync().completed());
        assertEquals(List.of(0L, 2L, 4L), b.transport.pullCursors);
        assertEquals(5, b.store.records().size());
    }

    @Test
    void editsMadeWhileABatchIsInFlightStayPendingOnTopOfTheNewBase() {
        RecordKey key = new RecordKey("resident", "r1");
        a.set("resident", "r1", Map.of("grid", GRID, "phone", "13800000001"));
        a.transport.duringPush = () -> {
            a.transport.duringPush = () -> { };
            a.set("resident", "r1", Map.of("phone", "13800000002"));
        };
        List<String> afterFirstBatch = new ArrayList<>();
        SyncOutcome outcome = a.session((phase, counters) -> {
            if (afterFirstBatch.isEmpty()) {
                afterFirstBatch.add((String) a.store.base(key).orElseThrow().field("phone"));
                afterFirstBatch.add((String) a.view("resident", "r1").field("phone"));
                afterFirstBatch.add(a.store.status(key).state().name());
                afterFirstBatch.add(Integer.toString(a.store.outbox().size()));
            }
        }).run();
        assertEquals(List.of("13800000001", "13800000002", "PENDING", "1"), afterFirstBatch);
        assertEquals(2, outcome.counters().pushed());
        assertEquals(0, outcome.counters().conflicts()); // the device's own earlier push is no conflict
        assertEquals("13800000002", a.store.base(key).orElseThrow().field("phone"));
        assertEquals(SyncState.SYNCED, a.store.status(key).state());
    }

    @Test
    void aRejectedEditStaysVisibleWithItsReasonAndDoesNotBlockOthers() {
        a.set("resident", "r1", Map.of("grid", GRID, "phone", "bad"));
        a.set("resident", "r2", Map.of("grid", GRID, "phone", "13800000000"));
        SyncOutcome outcome = a.sync();
        assertEquals(1, outcome.counters().rejected());
        assertEquals(1, outcome.counters().applied());
        RecordKey rejected = new RecordKey("resident", "r1");
        assertEquals(SyncState.REJECTED, a.store.status(rejected).state());
        assertEquals("invalid_field: phone must have 11 digits", a.store.status(rejected).reason());
        assertEquals("bad", a.view("resident", "r1").field("phone"));
        assertEquals(2, a.store.pending(rejected).size());
        assertEquals(0, a.sync().counters().pushed()); // not resent until the worker fixes it

        a.set("resident", "r1", Map.of("phone", "13800000009"));
        SyncOutcome fixed = a.sync();
        assertEquals(1, fixed.counters().applied());
        assertEquals(SyncState.SYNCED, a.store.status(rejected).state());
        assertEquals("13800000009", platform.store.find(rejected).orElseThrow().fields().get("phone"));
    }

    @Test
    void aConflictIsRecordedOnTheDeviceAndTheLaterValueWinsEverywhere() {
        a.set("resident", "r1", Map.of("grid", GRID, "phone", "13800000000"));
        a.sync();
        b.sync();
        a.set("resident", "r1", Map.of("phone", "13811111111"));
        platform.wallClock.addAndGet(1000);
        b.set("resident", "r1", Map.of("phone", "13822222222"));
        a.sync();
        SyncOutcome outcome = b.sync();
        assertEquals(1, outcome.counters().conflicts());
        RecordKey key = new RecordKey("resident", "r1");
        assertEquals(SyncState.CONFLICT, b.store.status(key).state());
        var conflict = b.store.conflicts().get(0).conflict();
        assertEquals("13811111111", conflict.theirs());
        assertEquals("13822222222", conflict.mine());
        assertEquals("13800000000", conflict.base());
        a.sync();
        assertEquals("13822222222", a.view("resident", "r1").field("phone"));
        assertEquals(a.view("resident", "r1"), b.view("resident", "r1"));
    }

    @Test
    void pendingEditsAreRebasedOnPulledRecords() {
        a.set("household", "h1", Map.of("grid", GRID, "address", "一组", "houseNo", "3"));
        a.sync();
        b.sync();
        a.set("household", "h1", Map.of("address", "二组"));
        a.sync();
        b.transport.beforePull = () -> b.set("household", "h1", Map.of("houseNo", "5")); // edited during the sync
        assertTrue(b.sync().completed());
        b.transport.beforePull = () -> { };
        assertEquals("二组", b.view("household", "h1").field("address"));
        assertEquals("5", b.view("household", "h1").field("houseNo"));
        assertEquals(2, b.store.base(new RecordKey("household", "h1")).orElseThrow().rev());
        assertEquals(1, b.store.outbox().size());
        assertEquals(1, b.sync().counters().merged() + a.sync().counters().merged());
        assertEquals(a.view("household", "h1"), b.view("household", "h1"));
    }

    @Test
    void aRecordThatLeavesScopeIsDroppedOnceNothingIsPending() {
        TestDevice supervisor = new TestDevice(platform, "sup", 0, SMALL, GRID, OTHER_GRID);
        a.set("resident", "r1", Map.of("grid", GRID, "name", "甲"));
        a.set("resident", "r2", Map.of("grid", GRID, "name", "乙"));
        a.sync();
        supervisor.sync();
        supervisor.set("resident", "r1", Map.of("grid", OTHER_GRID));
        supervisor.set("resident", "r2", Map.of("grid", OTHER_GRID));
        supervisor.sync();
        a.set("resident", "r2", Map.of("name", "乙二"));
        SyncOutcome outcome = a.sync();
        assertEquals(1, outcome.counters().rejected()); // r2's edit: no longer the worker's grid
        assertFalse(a.store.records().contains(new RecordKey("resident", "r1")));
        assertFalse(a.store.records().contains(new RecordKey("resident", "r2")));
        assertNull(a.view("resident", "r1"));
    }

    @Test
    void aCancelledSessionStopsAfterTheCurrentBatchAndResumesLater() {
        for (int i = 0; i < 6; i++) {
            a.set("household", "h" + i, Map.of("grid", GRID));
        }
        SyncSession[] session = new SyncSession[1];
        session[0] = a.session((phase, counters) -> session[0].cancel());
        SyncOutcome cancelled = session[0].run();
        assertEquals(SyncOutcome.Ending.CANCELLED, cancelled.ending());
        assertEquals(2, cancelled.counters().pushed());
        assertEquals(4, a.store.outbox().size());
        assertTrue(a.sync().completed());
        assertTrue(a.store.outbox().isEmpty());
        assertEquals(6, platform.store.lastSeq());
    }

}
