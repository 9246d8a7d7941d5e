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

    @Test
    void aLargeSettingIsACeilingTheSessionGrowsToFromFiftyRecords() {
        TestDevice office = new TestDevice(platform, "office", 0, new SessionSettings(400, 100), GRID);
        for (int i = 0; i < 1000; i++) {
            office.set("household", "o" + i, Map.of("grid", GRID, "address", "三组 " + i + " 号"));
        }
        office.transport.duringPush = () -> nanos.addAndGet(Duration.ofMillis(300).toNanos());

        assertTrue(new SyncSession(office.store, office.transport, office.clock, office.settings, SyncListener.NONE,
                () -> UUID.randomUUID().toString(), BlobUploads.NONE, nanos::get).run().completed());

        assertEquals(List.of(50, 100, 200, 400, 250), office.transport.pushes.stream()
                .map(push -> push.changes().size()).toList(), "starts at 50 and doubles on a quick link up to 400");
    }

    @Test
    void aSlowLinkStartsAtFiftyEvenUnderALargeSetting() {
        TestDevice village = new TestDevice(platform, "village", 0, new SessionSettings(500, 100), GRID);
        for (int i = 0; i < 120; i++) {
            village.set("household", "v" + i, Map.of("grid", GRID, "address", "四组 " + i + " 号"));
        }
        // a 2G line: a batch of more than 25 records takes 30 s to answer, a smaller one 10 s (never quick)
        village.transport.duringPush = () -> nanos.addAndGet(Duration.ofSeconds(
                village.transport.pushes.get(village.transport.pushes.size() - 1).changes().size() > 25 ? 30 : 10)
                .toNanos());

        assertTrue(new SyncSession(village.store, village.transport, village.clock, village.settings,
                SyncListener.NONE, () -> UUID.randomUUID().toString(), BlobUploads.NONE, nanos::get).run().completed());

        assertEquals(List.of(50, 25, 25, 20), village.transport.pushes.stream()
                .map(push -> push.changes().size()).toList(), "never a first batch of 500 on 2G");
    }

    private SyncSession session() {
        return new SyncSession(laptop.store, laptop.transport, laptop.clock, laptop.settings, SyncListener.NONE,
                () -> UUID.randomUUID().toString(), BlobUploads.NONE, nanos::get);
    }
}
