package org.griddesk.sync.server;

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
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.merge.Conflict;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.InMemoryServerStore;
import org.griddesk.sync.store.StoredConflict;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.SyncProtocol;
import org.junit.jupiter.api.Test;

/**
 * A grid taken from a worker who had only read one of its records (never written it): the worker's offline edit
 * to that record is kept for review because the scope check says the worker held the grid before; a worker who
 * never held it is still refused, and nothing is stored.
 */
class FormerScopeTest {

    private static final String A = "500101001001";
    private static final String B = "500101001002";
    private static final String C = "500101001003";
    private static final RecordKey HOUSEHOLD = new RecordKey("household", "h1");

    private final AtomicLong wallClock = new AtomicLong(TestPlatform.START);
    private final InMemoryServerStore store = new InMemoryServerStore();
    private final Caller office = new Caller("office", "sun", Set.of(A, B, C));

    @Test
    void aGridTakenFromTheCallerIsEvidenceThatItCouldSeeTheRecord() {
        push(office, "o1", change("office", 0, Map.of("grid", B, "address", "二组 1 号")));
        FormerScope former = new FormerScope(store, new GridsOfCaller());

        assertTrue(former.couldSee(worker(Set.of(B)), HOUSEHOLD));
        assertFalse(former.couldSee(worker(Set.of()), HOUSEHOLD), "never held grid B");
        assertFalse(former.couldSee(worker(Set.of(C)), HOUSEHOLD), "held another grid, not B");
    }

    @Test
    void aRecordMovedOnAfterTheGridWasTakenStillCountsThroughItsEarlierVersion() {
        push(office, "o1", change("office", 0, Map.of("grid", B, "address", "二组 1 号")));
        push(office, "o2", change("office", 1, Map.of("grid", C)));

        assertTrue(new FormerScope(store, new GridsOfCaller()).couldSee(worker(Set.of(B)), HOUSEHOLD));
    }

    @Test
    void aScopeCheckThatKnowsNoFormerScopesKeepsRefusing() {
        push(office, "o1", change("office", 0, Map.of("grid", B, "address", "二组 1 号")));
        ScopeCheck currentOnly = (caller, record) -> caller.scopes().contains(record.fields().get("grid"));

        assertFalse(new FormerScope(store, currentOnly).couldSee(worker(Set.of(B)), HOUSEHOLD));
    }

    @Test
    void theEditIsKeptAsOpenConflictsAndTheRecordIsUntouched() {
        push(office, "o1", change("office", 0, Map.of("grid", B, "address", "二组 1 号")));

        ChangeResult answer = push(worker(Set.of(B)), "l1", change("laptop", 1, Map.of("address", "二组 1 号之一")));

        assertEquals("rejected", answer.status());
        assertEquals(ErrorCodes.KEPT_FOR_REVIEW, answer.error().code());
        assertNull(answer.record(), "the worker may no longer read the record");
        List<Conflict> conflicts = store.conflicts().stream().map(StoredConflict::conflict).toList();
        assertEquals(1, conflicts.size(), conflicts::toString);
        assertEquals("address", conflicts.get(0).field());
        assertEquals("二组 1 号之一", conflicts.get(0).mine());
        assertEquals("二组 1 号", conflicts.get(0).theirs());
        assertEquals("zhao", conflicts.get(0).mineAuthor());
        ServerRecord record = store.find(HOUSEHOLD).orElseThrow();
        assertEquals(1, record.rev());
        assertEquals("二组 1 号", record.fields().get("address"));
    }

    @Test
    void aWorkerWhoNeverHeldTheGridIsRefusedAndNothingIsStored() {
        push(office, "o1", change("office", 0, Map.of("grid", B, "address", "二组 1 号")));

        ChangeResult answer = push(worker(Set.of(C)), "l1", change("laptop", 1, Map.of("address", "二组 1 号之一")));

        assertEquals(ErrorCodes.OUT_OF_SCOPE, answer.error().code());
        assertTrue(store.conflicts().isEmpty());
        assertEquals(1, store.find(HOUSEHOLD).orElseThrow().rev());
    }

    @Test
    void formerGridsNeverWidenAPull() {
        push(office, "o1", change("office", 0, Map.of("grid", B, "address", "二组 1 号")));

        var page = core(new GridsOfCaller()).pull(worker(Set.of(B)), 0, 100);

        assertTrue(page.records().isEmpty(), page::toString);
        assertEquals(List.of(A), page.grids());
    }

    private static Caller worker(Set<String> formerGrids) {
        return new Caller("laptop", "zhao", Set.of(A), formerGrids);
    }

    private ChangeResult push(Caller caller, String batchId, Change change) {
        return core(new GridsOfCaller()).push(caller,
                new PushRequest(caller.deviceId(), batchId, SyncProtocol.SCHEMA_VERSION, List.of(change))).results().get(0);
    }

    private SyncServerCore core(ScopeCheck scope) {
        ClockSkewClamp clamp = new ClockSkewClamp(new HybridLogicalClock("platform", wallClock::get),
                wallClock::get, Duration.ofMinutes(5));
        return SyncServerCore.create(store, clamp, scope, ChangeValidator.ACCEPT_ALL);
    }

    private Change change(String deviceId, long baseRev, Map<String, Object> set) {
        return new Change(HOUSEHOLD.type(), HOUSEHOLD.id(), baseRev, set, false,
                new Hlc(wallClock.incrementAndGet(), 0, deviceId).toString());
    }

    /** The platform's rule in small: a record's grid must be one of the caller's grids (or former grids). */
    private static final class GridsOfCaller implements ScopeCheck {
        @Override
        public boolean allows(Caller caller, ServerRecord record) {
            return caller.scopes().contains(record.fields().get("grid"));
        }

        @Override
        public boolean allowedFormerly(Caller caller, ServerRecord record) {
            return caller.formerScopes().contains(record.fields().get("grid"));
        }

        @Override
        public List<String> announcedGrids(Caller caller) {
            return caller.scopes().stream().sorted().toList();
        }
    }
}
