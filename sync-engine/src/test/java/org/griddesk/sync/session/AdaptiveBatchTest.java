package org.griddesk.sync.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.griddesk.sync.server.TestPlatform;
import org.junit.jupiter.api.Test;

/** Batches shrink when the link answers slowly and grow back when it is quick, and nothing is lost on the way. */
class AdaptiveBatchTest {

    private static final String GRID = "500101001001";

    private final TestPlatform platform = new TestPlatform();
    private final TestDevice laptop = new TestDevice(platform, "laptop", 0, new SessionSettings(40, 100), GRID);
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void aSlowLinkGetsSmallerBatchesAndAQuickOneLargerNeverPastTheSetting() {
        for (int i = 0; i < 120; i++) {
            laptop.set("household", "h" + i, Map.of("grid", GRID, "address", "一组 " + i + " 号"));
        }
        // a 2G line: a batch of more than ten records takes 30 s to answer, a smaller one 2 s
        laptop.transport.duringPush = () -> nanos.addAndGet(Duration.ofSeconds(
                laptop.transport.pushes.get(laptop.transport.pushes.size() - 1).changes().size() > 10 ? 30 : 2).toNanos());

        SyncOutcome outcome = session().run();

        assertTrue(outcome.completed());
        List<Integer> sizes = laptop.transport.pushes.stream().map(push -> push.changes().size()).toList();
        assertEquals(List.of(40, 20, 10, 20, 10, 20), sizes.subList(0, 6), "halved when slow, doubled when quick");
        assertTrue(sizes.stream().allMatch(size -> size <= 40), "never past the setting: " + sizes);
        Set<String> sent = new HashSet<>();
        laptop.transport.pushes.forEach(push -> push.changes().forEach(change -> assertTrue(sent.add(change.id()),
                "each record is sent once: " + change.id())));
        assertEquals(120, sent.size());
        assertTrue(laptop.store.outbox().isEmpty());
    }

    @Test
    void aQuickLinkKeepsFullBatches() {
        for (int i = 0; i < 120; i++) {
            laptop.set("household", "q" + i, Map.of("grid", GRID, "address", "二组 " + i + " 号"));
        }
        laptop.transport.duringPush = () -> nanos.addAndGet(Duration.ofMillis(300).toNanos());

        assertTrue(session().run().completed());

        assertEquals(List.of(40, 40, 40), laptop.transport.pushes.stream().map(push -> push.changes().size()).toList());
    }

    private SyncSession session() {
        return new SyncSession(laptop.store, laptop.transport, laptop.clock, laptop.settings, SyncListener.NONE,
                () -> UUID.randomUUID().toString(), BlobUploads.NONE, nanos::get);
    }
}
