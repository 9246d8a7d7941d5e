package org.griddesk.sync.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.server.TestPlatform;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.PushRequest;
import org.junit.jupiter.api.Test;

/**
 * A batch never outgrows the platform's body limit, and a batch the platform refuses as too large (413) is sent again
 * in smaller ones: a recorded batch keeps its entries, so without this a device would be refused at every sync.
 */
class OversizedBatchTest {

    private static final String GRID = "500101001001";

    private final TestPlatform platform = new TestPlatform();
    private final TestDevice laptop = new TestDevice(platform, "laptop", 0, new SessionSettings(500, 100), GRID);

    @Test
    void longRecordsGoInBatchesUnderTheByteBudget() {
        String notes = "走访记录".repeat(5_000); // 20,000 characters, about 60 KB of JSON each
        for (int i = 0; i < 30; i++) {
            laptop.set("issue", "i" + i, Map.of("grid", GRID, "title", "第 " + i + " 件", "notes", notes));
        }

        assertTrue(session().run().completed());

        for (PushRequest push : laptop.transport.pushes) {
            long bytes = push.changes().stream().mapToLong(WireSize::of).sum();
            assertTrue(bytes <= OutboxPusher.BYTE_BUDGET, bytes + " bytes in a batch of " + push.changes().size());
        }
        assertTrue(laptop.transport.pushes.size() > 1, "thirty long records do not fit one batch");
        assertEquals(30, sentOnce().size());
        assertTrue(laptop.store.outbox().isEmpty());
    }

    @Test
    void aBatchRefusedAsTooLargeGoesAgainInSmallerBatchesAndNothingIsLostOrSentTwice() {
        for (int i = 0; i < 40; i++) {
            laptop.set("household", "h" + i, Map.of("grid", GRID, "address", "一组 " + i + " 号"));
        }
        laptop.transport.tooLarge = request -> request.changes().size() > 12; // a proxy in front with a small limit

        assertTrue(session().run().completed());

        List<Integer> refused = laptop.transport.refusedAsTooLarge.stream().map(request -> request.changes().size())
                .toList();
        assertEquals(List.of(40, 20), refused.subList(0, 2), "halved at each refusal");
        assertTrue(laptop.transport.pushes.stream().allMatch(push -> push.changes().size() <= 12));
        assertEquals(40, sentOnce().size());
        assertTrue(laptop.store.outbox().isEmpty());
        assertEquals(40, platform.store.lastSeq(), "every record stored once on the platform");
    }

    @Test
    void aRecordTooLargeOnItsOwnIsRefusedVisiblyAndTheRestOfTheWorkGoesOn() {
        laptop.set("household", "huge", Map.of("grid", GRID, "address", "三组 1 号"));
        for (int i = 0; i < 9; i++) {
            laptop.set("household", "h" + i, Map.of("grid", GRID, "address", "三组 " + (i + 2) + " 号"));
        }
        laptop.transport.tooLarge = request -> request.changes().stream().anyMatch(change -> change.id().equals("huge"));

        SyncOutcome outcome = session().run();

        assertTrue(outcome.completed(), String.valueOf(outcome.failure()));
        RecordKey huge = new RecordKey("household", "huge");
        assertEquals(SyncState.REJECTED, laptop.store.status(huge).state());
        assertTrue(laptop.store.status(huge).reason().startsWith("too_large:"), laptop.store.status(huge).reason());
        assertEquals(2, laptop.store.pending(huge).size(), "both fields of the worker's edit stay on the device");
        assertEquals(9, sentOnce().size(), "the other nine reached the platform");

        int refusals = laptop.transport.refusedAsTooLarge.size();
        assertTrue(session().run().completed());
        assertEquals(refusals, laptop.transport.refusedAsTooLarge.size(), "a refused record is not sent at every sync");
    }

    private Set<String> sentOnce() {
        Set<String> sent = new HashSet<>();
        laptop.transport.pushes.forEach(push -> push.changes().forEach(change -> assertTrue(sent.add(change.id()),
                "each record is sent once: " + change.id())));
        return sent;
    }

    private SyncSession session() {
        return new SyncSession(laptop.store, laptop.transport, laptop.clock, laptop.settings, SyncListener.NONE,
                () -> UUID.randomUUID().toString(), BlobUploads.NONE, System::nanoTime);
    }
}
