package org.griddesk.sync.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.griddesk.sync.clock.ClockSkewClamp;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.server.Caller;
import org.griddesk.sync.server.ChangeValidator;
import org.griddesk.sync.server.LocalTransport;
import org.griddesk.sync.server.ScopeCheck;
import org.griddesk.sync.server.SyncServerCore;
import org.griddesk.sync.store.InMemoryDeviceStore;
import org.griddesk.sync.store.InMemoryServerStore;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.junit.jupiter.api.Test;

/**
 * A pull from cursor 0 looks up only the keys the device holds (a new laptop looks up none); a record the device
 * does hold, with edits the outbox is not sending, must still be rebased with those edits on top.
 */
class PullFromStartTest {

    private static final String GRID = "500101001001";
    private static final RecordKey HOUSE = new RecordKey("household", "h1");

    private final AtomicLong wallClock = new AtomicLong(1_760_000_000_000L);
    private final SyncServerCore core = SyncServerCore.create(new InMemoryServerStore(),
            new ClockSkewClamp(new HybridLogicalClock("platform", wallClock::get), wallClock::get, Duration.ofMinutes(5)),
            new OneGrid(), ChangeValidator.ACCEPT_ALL);

    @Test
    void aHeldRecordWithUnsentEditsIsRebasedWhenThePullStartsOver() {
        Device laptop = new Device("laptop");
        Device other = new Device("other");
        laptop.edits.set(HOUSE, Map.of("grid", GRID, "address", "一组 1 号", "houseNo", "1"));
        assertTrue(laptop.sync().completed());
        assertTrue(other.sync().completed());
        other.edits.set(HOUSE, Map.of("address", "一组 1 号（改）"));
        assertTrue(other.sync().completed());

        laptop.edits.set(HOUSE, Map.of("houseNo", "1-2"));
        laptop.store.setStatus(HOUSE, new RecordSyncStatus(SyncState.REJECTED, "invalid_field: houseNo"));
        laptop.store.savePullCursor(0); // e.g. a grid was given back: the pull starts over

        assertTrue(laptop.sync().completed());

        Map<String, Object> view = laptop.store.localView(HOUSE).orElseThrow().fields();
        assertEquals("一组 1 号（改）", view.get("address"), "the platform's newer value arrived");
        assertEquals("1-2", view.get("houseNo"), "the unsent edit stays on top");
        assertEquals(2L, laptop.store.base(HOUSE).orElseThrow().rev());
        assertEquals(1, laptop.store.pending(HOUSE).size());
    }

    @Test
    void aNewDeviceGetsEveryRecordOnItsFirstPull() {
        Device first = new Device("first");
        for (int i = 0; i < 25; i++) {
            first.edits.set(new RecordKey("household", "h" + i), Map.of("grid", GRID, "address", "二组 " + i + " 号"));
        }
        assertTrue(first.sync().completed());
        Device laptop = new Device("new-laptop");
        assertTrue(laptop.sync(new SessionSettings(10, 7)).completed());
        assertEquals(25, laptop.store.records().size());
        assertEquals("二组 24 号", laptop.store.localView(new RecordKey("household", "h24")).orElseThrow()
                .fields().get("address"));
    }

    private final class Device {
        final InMemoryDeviceStore store = new InMemoryDeviceStore();
        final HybridLogicalClock clock;
        final LocalChanges edits;
        final String id;

        Device(String id) {
            this.id = id;
            this.clock = new HybridLogicalClock(id, wallClock::get);
            this.edits = new LocalChanges(store, clock);
        }

        SyncOutcome sync() {
            return sync(SessionSettings.standard());
        }

        SyncOutcome sync(SessionSettings settings) {
            wallClock.addAndGet(1000);
            return new SyncSession(store, new LocalTransport(core, new Caller(id, "worker-" + id, Set.of(GRID))), clock,
                    settings, SyncListener.NONE).run();
        }
    }

    private static final class OneGrid implements ScopeCheck {
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
