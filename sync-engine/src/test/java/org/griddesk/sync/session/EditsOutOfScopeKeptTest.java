package org.griddesk.sync.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.griddesk.sync.clock.ClockSkewClamp;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.merge.Conflict;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.server.Caller;
import org.griddesk.sync.server.ChangeValidator;
import org.griddesk.sync.server.LocalTransport;
import org.griddesk.sync.server.ScopeCheck;
import org.griddesk.sync.server.SyncServerCore;
import org.griddesk.sync.store.InMemoryDeviceStore;
import org.griddesk.sync.store.InMemoryServerStore;
import org.griddesk.sync.store.StoredConflict;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;
import org.griddesk.sync.wire.SyncProtocol;
import org.junit.jupiter.api.Test;

/**
 * Never lose a user's edit: a worker's offline edit of a record that left their scope meanwhile is kept on the
 * platform as open conflicts for the people who now hold the record, and only then leaves the laptop.
 */
class EditsOutOfScopeKeptTest {

    private static final String A = "500101001001";
    private static final String B = "500101001002";
    private static final RecordKey RESIDENT = new RecordKey("resident", "r1");

    private final AtomicLong wallClock = new AtomicLong(1_760_000_000_000L);
    private final InMemoryServerStore server = new InMemoryServerStore();
    private final SyncServerCore core = SyncServerCore.create(server,
            new ClockSkewClamp(new HybridLogicalClock("platform", wallClock::get), wallClock::get, Duration.ofMinutes(5)),
            new AnnouncedGrids(), ChangeValidator.ACCEPT_ALL);
    private final Device office = new Device("office");
    private final Device laptop = new Device("laptop");

    @Test
    void anEditOfARecordMovedToAnotherGridEndsAsAnOpenConflictAndTheRecordLeavesTheLaptop() {
        office.edits.set(RESIDENT, Map.of("grid", A, "name", "王芳", "phone", "13800000001"));
        assertTrue(office.sync(A, B).completed());
        assertTrue(laptop.sync(A).completed());

        laptop.edits.set(RESIDENT, Map.of("phone", "13900000002", "name", "王芳")); // name unchanged: not journalled
        office.edits.set(RESIDENT, Map.of("grid", B)); // the resident moved to grid B meanwhile
        assertTrue(office.sync(A, B).completed());
        assertTrue(laptop.sync(A).completed());

        ChangeResult answer = lastResult(laptop);
        assertEquals("rejected", answer.status());
        assertEquals(ErrorCodes.KEPT_FOR_REVIEW, answer.error().code());
        assertNull(answer.record(), "the laptop may no longer read the record");
        List<Conflict> conflicts = conflictsOf(RESIDENT);
        assertEquals(1, conflicts.size(), conflicts::toString);
        Conflict phone = conflicts.get(0);
        assertEquals("phone", phone.field());
        assertEquals("13800000001", phone.base());
        assertEquals("13900000002", phone.mine());
        assertEquals("13800000001", phone.theirs());
        assertEquals(Conflict.Kept.THEIRS, phone.kept());
        assertEquals("user-laptop", phone.mineAuthor());
        assertEquals("user-office", phone.theirsAuthor());
        assertEquals("laptop", phone.mineHlc().deviceId());
        assertEquals("office", phone.theirsHlc().deviceId());
        ServerRecord kept = server.find(RESIDENT).orElseThrow();
        assertEquals(2, kept.rev(), "the record itself is untouched");
        assertEquals("13800000001", kept.fields().get("phone"));

        assertFalse(laptop.store.records().contains(RESIDENT), "the laptop no longer holds the resident");
        assertTrue(laptop.store.outbox().isEmpty());
    }

    @Test
    void aDeleteOfAMovedRecordBecomesAConflictNotADelete() {
        office.edits.set(RESIDENT, Map.of("grid", A, "name", "王芳"));
        assertTrue(office.sync(A, B).completed());
        assertTrue(laptop.sync(A).completed());
        laptop.edits.delete(RESIDENT);
        office.edits.set(RESIDENT, Map.of("grid", B));
        assertTrue(office.sync(A, B).completed());
        assertTrue(laptop.sync(A).completed());

        assertEquals(ErrorCodes.KEPT_FOR_REVIEW, lastResult(laptop).error().code());
        assertFalse(server.find(RESIDENT).orElseThrow().deleted());
        Conflict delete = conflictsOf(RESIDENT).get(0);
        assertEquals(SyncRecord.DELETED_FIELD, delete.field());
        assertEquals(Boolean.TRUE, delete.mine());
        assertEquals(Boolean.FALSE, delete.keptValue());
        assertFalse(laptop.store.records().contains(RESIDENT));
    }

    @Test
    void aRecordTheWorkerNeverCouldSeeIsStillOutOfScopeAndNothingIsStored() {
        office.edits.set(RESIDENT, Map.of("grid", B, "name", "王芳"));
        assertTrue(office.sync(A, B).completed());
        PushResponse answer = core.push(worker("laptop", A), batch("b1",
                new Change("resident", "r1", 1, Map.of("name", "李四"), false, laptop.clock.now().toString())));

        assertEquals(ErrorCodes.OUT_OF_SCOPE, answer.results().get(0).error().code());
        assertTrue(server.conflicts().isEmpty());
        assertEquals("王芳", server.find(RESIDENT).orElseThrow().fields().get("name"));
    }

    @Test
    void replayingABatchKeptForReviewChangesNothing() {
        office.edits.set(RESIDENT, Map.of("grid", A, "name", "王芳"));
        assertTrue(office.sync(A, B).completed());
        office.edits.set(RESIDENT, Map.of("grid", B));
        assertTrue(office.sync(A, B).completed());
        PushRequest request = batch("b1",
                new Change("resident", "r1", 1, Map.of("name", "王芳芳"), true, laptop.clock.now().toString()));

        PushResponse first = core.push(worker("laptop", A), request);
        List<StoredConflict> afterFirst = server.conflicts();
        long seq = server.lastSeq();
        PushResponse replay = core.push(worker("laptop", A), request);

        assertEquals(first, replay);
        assertEquals(ErrorCodes.KEPT_FOR_REVIEW, first.results().get(0).error().code());
        assertEquals(2, afterFirst.size(), "the name and the delete");
        assertEquals(afterFirst, server.conflicts());
        assertEquals(seq, server.lastSeq());
    }

    @Test
    void aRefusedEditOfARecordThatLeftScopeStaysVisiblyRejectedUntilTheWorkerDiscardsIt() {
        office.edits.set(RESIDENT, Map.of("grid", B, "name", "王芳"));
        assertTrue(office.sync(A, B).completed());
        assertTrue(laptop.sync(A, B).completed());
        laptop.edits.set(RESIDENT, Map.of("name", "王芳芳"));
        // grid B taken away; the laptop never wrote to the record, so the platform has no proof it held it
        assertTrue(laptop.sync(A).completed());

        assertEquals(ErrorCodes.OUT_OF_SCOPE, lastResult(laptop).error().code());
        assertTrue(server.conflicts().isEmpty());
        assertEquals(SyncState.REJECTED, laptop.store.status(RESIDENT).state());
        assertTrue(laptop.store.status(RESIDENT).reason().startsWith(ErrorCodes.OUT_OF_SCOPE));
        assertEquals("王芳芳", laptop.store.localView(RESIDENT).orElseThrow().fields().get("name"));
        assertEquals(1, laptop.store.pending(RESIDENT).size(), "the edit is not lost");
        assertTrue(laptop.store.hasLeftScope(RESIDENT));
    }

    @Test
    void aWorkerLeftWithoutGridsPushesItsEditsForReviewThenDropsEverything() {
        laptop.edits.set(RESIDENT, Map.of("grid", A, "name", "王芳"));
        RecordKey other = new RecordKey("household", "h1");
        laptop.edits.set(other, Map.of("grid", A, "address", "一组 1 号"));
        assertTrue(laptop.sync(A).completed());
        laptop.edits.set(RESIDENT, Map.of("name", "王芳芳"));

        assertTrue(laptop.sync().completed());

        assertEquals(ErrorCodes.KEPT_FOR_REVIEW, lastResult(laptop).error().code());
        assertEquals("王芳芳", conflictsOf(RESIDENT).get(0).mine());
        assertTrue(laptop.store.records().isEmpty(), laptop.store.records()::toString);
        assertTrue(laptop.store.outbox().isEmpty());
        assertEquals(Set.of(), laptop.store.knownGrids().orElseThrow());
    }

    private List<Conflict> conflictsOf(RecordKey key) {
        return server.conflicts().stream().filter(stored -> stored.record().equals(key))
                .map(StoredConflict::conflict).toList();
    }

    private static ChangeResult lastResult(Device device) {
        List<ChangeResult> results = device.lastPush.results();
        return results.get(results.size() - 1);
    }

    private static PushRequest batch(String id, Change change) {
        return new PushRequest("laptop", id, SyncProtocol.SCHEMA_VERSION, List.of(change), false);
    }

    private static Caller worker(String deviceId, String... grids) {
        return new Caller(deviceId, "user-" + deviceId, Set.of(grids));
    }

    /** A device whose account holds the grids passed to each sync (an administrator may change them between). */
    private final class Device {
        final String id;
        final InMemoryDeviceStore store = new InMemoryDeviceStore();
        final HybridLogicalClock clock;
        final LocalChanges edits;
        PushResponse lastPush;

        Device(String id) {
            this.id = id;
            this.clock = new HybridLogicalClock(id, wallClock::get);
            this.edits = new LocalChanges(store, clock);
        }

        SyncOutcome sync(String... grids) {
            wallClock.addAndGet(1000);
            LocalTransport line = new LocalTransport(core, worker(id, grids));
            org.griddesk.sync.client.Transport recording = new org.griddesk.sync.client.Transport() {
                @Override
                public PushResponse push(PushRequest request) {
                    lastPush = line.push(request);
                    return lastPush;
                }

                @Override
                public org.griddesk.sync.wire.ChangesPage pull(long after, int limit) {
                    return line.pull(after, limit);
                }
            };
            return new SyncSession(store, recording, clock, SessionSettings.standard(), SyncListener.NONE).run();
        }
    }

    /** Scopes are grid codes, announced with every page as the platform does; no scope sees nothing. */
    private static final class AnnouncedGrids implements ScopeCheck {
        @Override
        public boolean allows(Caller caller, ServerRecord record) {
            return caller.scopes().contains(String.valueOf(record.fields().get("grid")));
        }

        @Override
        public List<String> announcedGrids(Caller caller) {
            return caller.scopes().stream().sorted().toList();
        }
    }
}
