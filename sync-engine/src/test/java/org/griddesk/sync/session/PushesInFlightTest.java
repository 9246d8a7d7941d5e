package org.griddesk.sync.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.griddesk.sync.client.ServerUnavailableException;
import org.griddesk.sync.client.Transport;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.server.ChangeVerdict;
import org.griddesk.sync.server.TestPlatform;
import org.griddesk.sync.store.InFlightBatch;
import org.griddesk.sync.store.InMemoryDeviceStore;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;
import org.junit.jupiter.api.Test;

/** A transport that carries two pushes at once gets two batches on their way before the first is answered. */
class PushesInFlightTest {

    private static final String GRID = "500101001001";
    private static final SessionSettings BATCHES_OF_TWO = new SessionSettings(2, 50);

    private final TestPlatform platform = new TestPlatform((caller, current, proposed) -> ChangeVerdict.ACCEPTED);
    private final InMemoryDeviceStore store = new InMemoryDeviceStore();
    private final HybridLogicalClock clock = new HybridLogicalClock("devA", platform.wallClock::get);
    private final LocalChanges edits = new LocalChanges(store, clock);
    private final TwoAtOnce transport = new TwoAtOnce(platform.transportFor(TestPlatform.worker("devA", GRID)));

    @Test
    void twoBatchesGoBeforeTheFirstIsAnsweredAndNoRecordIsInTwoOfThemAtOnce() {
        set("h1", "一组");
        store.saveInFlightBatch(new InFlightBatch("recorded-before-a-crash",
                store.outbox().stream().map(entry -> entry.seq()).toList()));
        set("h1", "二组"); // an edit of a record whose batch is recorded: it must wait for that batch's answer
        for (int i = 2; i <= 6; i++) {
            set("h" + i, "三组");
        }

        SyncOutcome outcome = session().run();

        assertTrue(outcome.completed(), () -> String.valueOf(outcome.failure()));
        assertEquals(2, transport.mostAtOnce.get(), "the first two pushes met inside the transport");
        assertTrue(transport.pushes.subList(0, 2).stream()
                .anyMatch(push -> push.batchId().equals("recorded-before-a-crash")), "the recorded batch goes first");
        for (List<String> overlapping : transport.inFlightTogether) {
            assertEquals(new HashSet<>(overlapping).size(), overlapping.size(), "a record in two batches at once: "
                    + overlapping);
        }
        for (int i = 1; i <= 6; i++) {
            RecordKey key = new RecordKey("household", "h" + i);
            assertEquals(SyncState.SYNCED, store.status(key).state(), key.toString());
            assertEquals(store.localView(key).orElseThrow().fields(), platform.store.find(key).orElseThrow().fields());
        }
        assertEquals("二组", platform.store.find(new RecordKey("household", "h1")).orElseThrow().fields().get("address"));
        assertTrue(store.outbox().isEmpty());
        assertTrue(store.inFlightBatches().isEmpty());
    }

    @Test
    void aBatchAnsweredWhileTheOneBeforeItFailedIsAppliedAndTheFailedOneGoesAgainUnderItsId() {
        for (int i = 1; i <= 4; i++) {
            set("h" + i, "一组");
        }
        transport.loseTheAnswerTo = "h1"; // the platform judges the batch holding h1, its answer never arrives

        SyncOutcome failed = session().run();

        assertEquals(SyncOutcome.Ending.FAILED, failed.ending());
        assertInstanceOf(ServerUnavailableException.class, failed.failure());
        assertEquals(SyncState.SYNCED, store.status(new RecordKey("household", "h3")).state());
        assertEquals(SyncState.SYNCED, store.status(new RecordKey("household", "h4")).state());
        List<InFlightBatch> left = store.inFlightBatches();
        assertEquals(1, left.size());
        long seqBefore = platform.store.lastSeq();

        transport.loseTheAnswerTo = null;
        assertTrue(session().run().completed());

        PushRequest again = transport.pushes.get(transport.pushes.size() - 1);
        assertEquals(left.get(0).batchId(), again.batchId());
        assertEquals(seqBefore, platform.store.lastSeq(), "replayed, not judged twice");
        assertTrue(store.outbox().isEmpty());
        assertEquals(SyncState.SYNCED, store.status(new RecordKey("household", "h1")).state());
        assertEquals(1, store.base(new RecordKey("household", "h1")).orElseThrow().rev());
    }

    private SyncSession session() {
        return new SyncSession(store, transport, clock, BATCHES_OF_TWO, SyncListener.NONE);
    }

    private void set(String id, String address) {
        edits.set(new RecordKey("household", id), Map.of("grid", GRID, "address", address));
    }

    /**
     * Holds the first two pushes until both are inside, so the test fails unless they really are on their way at once,
     * and remembers the records of pushes that were in flight together.
     */
    private static final class TwoAtOnce implements Transport {
        private final Transport inner;
        private final CyclicBarrier firstTwo = new CyclicBarrier(2);
        private final AtomicInteger inside = new AtomicInteger();
        private final Set<PushRequest> current = Collections.synchronizedSet(new HashSet<>());
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final List<PushRequest> pushes = Collections.synchronizedList(new ArrayList<>());
        final List<List<String>> inFlightTogether = Collections.synchronizedList(new ArrayList<>());
        volatile String loseTheAnswerTo;

        TwoAtOnce(Transport inner) {
            this.inner = inner;
        }

        @Override
        public int pushesInFlight() {
            return 2;
        }

        @Override
        public PushResponse push(PushRequest request) {
            pushes.add(request);
            current.add(request);
            mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                synchronized (current) {
                    inFlightTogether.add(current.stream().flatMap(push -> push.changes().stream()).map(Change::id)
                            .toList());
                }
                if (pushes.size() <= 2) {
                    firstTwo.await(10, TimeUnit.SECONDS);
                }
                PushResponse response = inner.push(request);
                if (request.changes().stream().anyMatch(change -> change.id().equals(loseTheAnswerTo))) {
                    throw new ServerUnavailableException("answer lost", null);
                }
                return response;
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new AssertionError("the second push never came while the first was on its way", e);
            } finally {
                inside.decrementAndGet();
                current.remove(request);
            }
        }

        @Override
        public ChangesPage pull(long after, int limit) {
            return inner.pull(after, limit);
        }
    }
}
