package org.griddesk.sync.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.InMemoryDeviceStore;
import org.griddesk.sync.store.OutboxEntry;
import org.junit.jupiter.api.Test;

class OutboxWalkTest {

    private static final RecordKey A = new RecordKey("resident", "a");
    private static final RecordKey B = new RecordKey("resident", "b");
    private static final RecordKey C = new RecordKey("household", "c");
    private static final RecordKey D = new RecordKey("resident", "d");

    private final InMemoryDeviceStore store = new InMemoryDeviceStore();
    private final AtomicInteger pagesRead = new AtomicInteger();
    private Runnable beforePendingIsRead = () -> { };

    /** The store, counting the pages of the outbox read and able to act between a page and its pending edits. */
    private final DeviceStore watched = (DeviceStore) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {DeviceStore.class}, (proxy, method, args) -> {
                if (method.getName().equals("outboxFrom")) {
                    pagesRead.incrementAndGet();
                } else if (method.getName().equals("pending") && args[0] instanceof java.util.Collection) {
                    beforePendingIsRead.run();
                }
                try {
                    return method.invoke(store, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });

    @Test
    void recordsComeInTheOrderOfTheirFirstPendingEditWithAllTheirEditsAcrossPages() {
        OutboxEntry a1 = edit(A, 1);
        OutboxEntry b2 = edit(B, 2);
        OutboxEntry a3 = edit(A, 3);
        OutboxEntry c4 = edit(C, 4);
        OutboxEntry b5 = edit(B, 5);
        OutboxEntry d6 = edit(D, 6);

        Map<RecordKey, List<OutboxEntry>> met = new LinkedHashMap<>();
        new OutboxWalk(watched, 2).walk(Set.of(), (key, entries) -> met.put(key, entries) == null);

        assertEquals(List.of(A, B, C, D), new ArrayList<>(met.keySet()));
        assertEquals(List.of(a1, a3), met.get(A));
        assertEquals(List.of(b2, b5), met.get(B), "B's later edit lies two pages on and still comes with it");
        assertEquals(List.of(c4), met.get(C));
        assertEquals(List.of(d6), met.get(D));
        assertEquals(4, pagesRead.get(), "three full pages of two, then an empty one");
    }

    @Test
    void skippedRecordsArePassedOverAndTheWalkStopsReadingWhenTheVisitorHasEnough() {
        for (int i = 0; i < 10; i++) {
            edit(new RecordKey("resident", "r" + i), i);
        }
        List<RecordKey> met = new ArrayList<>();
        new OutboxWalk(watched, 2).walk(Set.of(new RecordKey("resident", "r0")), (key, entries) -> {
            met.add(key);
            return met.size() < 3;
        });
        assertEquals(List.of(new RecordKey("resident", "r1"), new RecordKey("resident", "r2"),
                new RecordKey("resident", "r3")), met);
        assertEquals(2, pagesRead.get(), "the 8 entries after the fourth are never read");
    }

    @Test
    void aRecordWhoseEditsLeftTheOutboxAfterItsPlaceWasReadIsPassedOver() {
        edit(A, 1);
        OutboxEntry b2 = edit(B, 2);
        edit(C, 3);
        beforePendingIsRead = () -> store.discardPending(B);
        List<RecordKey> met = new ArrayList<>();
        new OutboxWalk(watched, 10).walk(Set.of(), (key, entries) -> met.add(key));
        assertEquals(List.of(A, C), met);
        assertEquals(List.of(), store.pending(b2.record()));
    }

    private OutboxEntry edit(RecordKey key, int tick) {
        return store.append(key, "name", "值" + tick, new Hlc(1_760_000_000_000L + tick, 0, "dev-a"), 0);
    }
}
