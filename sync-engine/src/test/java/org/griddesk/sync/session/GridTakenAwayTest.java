package org.griddesk.sync.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.griddesk.sync.client.Transport;
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
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md: a record that leaves a device's scope because a grid was taken from the worker leaves the device,
 * though the record itself never changes; and a grid given back brings its records back.
 */
class GridTakenAwayTest {

    private static final String A = "500101001001";
    private static final String B = "500101001002";
    private static final RecordKey IN_A = new RecordKey("household", "a1");
    private static final RecordKey IN_B = new RecordKey("household", "b1");
    private static final RecordKey EDITED_IN_B = new RecordKey("household", "b2");

    private final AtomicLong wallClock = new AtomicLong(1_760_000_000_000L);
    private final InMemoryServerStore server = new InMemoryServerStore();
    private final SyncServerCore core = SyncServerCore.create(server,
            new ClockSkewClamp(new HybridLogicalClock("platform", wallClock::get), wallClock::get, Duration.ofMinutes(5)),
            new AnnouncedGrids(), ChangeValidator.ACCEPT_ALL);
    private final InMemoryDeviceStore laptop = new InMemoryDeviceStore();
    private final HybridLogicalClock clock = new HybridLogicalClock("laptop", wallClock::get);
    private final LocalChanges edits = new LocalChanges(laptop, clock);

    @Test
    void aGridTakenAwayLeavesTheDeviceAndComesBackWhenGivenBack() {
        edits.set(IN_A, Map.of("grid", A, "address", "一组 1 号"));
        edits.set(IN_B, Map.of("grid", B, "address", "二组 1 号"));
        edits.set(EDITED_IN_B, Map.of("grid", B, "address", "二组 2 号"));
        assertTrue(sync(A, B).completed());
        assertEquals(Set.of(IN_A, IN_B, EDITED_IN_B), laptop.records());

        edits.set(EDITED_IN_B, Map.of("address", "二组 2 号之一")); // pending when the grid is taken away
        assertTrue(sync(A).completed());
        assertEquals(Set.of(IN_A), laptop.records(), "the records of grid B are gone from the laptop");
        assertTrue(laptop.outbox().isEmpty());
        assertEquals(1, server.find(IN_B).orElseThrow().rev(), "nothing changed on the platform");

        assertTrue(sync(A, B).completed());
        assertEquals(Set.of(IN_A, IN_B, EDITED_IN_B), laptop.records(), "grid B given back: its records return");
        assertEquals("二组 1 号", laptop.localView(IN_B).orElseThrow().fields().get("address"));
        assertEquals(Set.of(A, B), laptop.knownGrids().orElseThrow());
    }

    @Test
    void pendingEditsOfAGridBeingTakenAwayArePushedBeforeTheRecordLeaves() {
        edits.set(IN_B, Map.of("grid", B, "address", "二组 1 号"));
        assertTrue(sync(A, B).completed());
        edits.set(IN_B, Map.of("address", "二组 1 号（新）"));
        // the edit is still pushed while the worker holds B; the pull then says B is gone
        SyncOutcome outcome = new SyncSession(laptop, new GridsChangingBeforePull(A, B, A), clock,
                SessionSettings.standard(), SyncListener.NONE).run();
        assertTrue(outcome.completed());
        assertEquals("二组 1 号（新）", server.find(IN_B).orElseThrow().fields().get("address"));
        assertFalse(laptop.records().contains(IN_B));
    }

    @Test
    void aGridTakenWhileANewLaptopPullsLeavesIt() {
        edits.set(IN_B, Map.of("grid", B, "address", "二组 1 号")); // pushed first, so pulled on the first page
        edits.set(IN_A, Map.of("grid", A, "address", "一组 1 号"));
        assertTrue(sync(A, B).completed());
        InMemoryDeviceStore newLaptop = new InMemoryDeviceStore();
        HybridLogicalClock newClock = new HybridLogicalClock("new-laptop", wallClock::get);

        SyncOutcome outcome = new SyncSession(newLaptop, new GridTakenAfterFirstPage(), newClock,
                new SessionSettings(50, 1), SyncListener.NONE).run();

        assertTrue(outcome.completed());
        assertEquals(2, outcome.counters().pulled());
        assertEquals(Set.of(IN_A), newLaptop.records(), "grid B's record, pulled before B was taken, is gone");
        assertEquals(Set.of(A), newLaptop.knownGrids().orElseThrow());
    }

    private SyncOutcome sync(String... grids) {
        wallClock.addAndGet(1000);
        return new SyncSession(laptop, new LocalTransport(core, worker(grids)), clock, SessionSettings.standard(),
                SyncListener.NONE).run();
    }

    private static Caller worker(String... grids) {
        return new Caller("laptop", "worker", Set.of(grids));
    }

    /** Pushes as a worker holding {@code pushGrids}, pulls after the administrator changed them to {@code pullGrids}. */
    private final class GridsChangingBeforePull implements Transport {
        private final LocalTransport beforeChange;
        private final LocalTransport afterChange;

        GridsChangingBeforePull(String first, String second, String remaining) {
            beforeChange = new LocalTransport(core, worker(first, second));
            afterChange = new LocalTransport(core, worker(remaining));
        }

        @Override
        public PushResponse push(PushRequest request) {
            return beforeChange.push(request);
        }

        @Override
        public ChangesPage pull(long after, int limit) {
            return afterChange.pull(after, limit);
        }
    }

    /** The administrator takes grid B from the worker while their new laptop is between its first two pages. */
    private final class GridTakenAfterFirstPage implements Transport {
        private final LocalTransport holdingBoth = new LocalTransport(core, worker(A, B));
        private final LocalTransport holdingA = new LocalTransport(core, worker(A));
        private int pulls;

        @Override
        public PushResponse push(PushRequest request) {
            return holdingA.push(request);
        }

        @Override
        public ChangesPage pull(long after, int limit) {
            return pulls++ == 0 ? holdingBoth.pull(after, limit) : holdingA.pull(after, limit);
        }
    }

    /** Scopes are grid codes, announced with every page as the platform does. */
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
