package org.griddesk.sync.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.OutboxEntry;
import org.griddesk.sync.store.OutboxPosition;

/**
 * The records with pending edits in outbox order (the order of each one's first pending edit), each with all of its
 * pending edits, read a page of the outbox at a time. Choosing a batch stops once the batch is full: reading the whole
 * outbox for every batch took a third of the device's time in a village's first upload.
 */
final class OutboxWalk {

    /** Entries a page: a day's edits fit in one, a first upload of a village needs a few per batch. */
    static final int PAGE = 2_000;

    private final DeviceStore store;
    private final int page;

    OutboxWalk(DeviceStore store, int page) {
        this.store = store;
        this.page = page;
    }

    /**
     * Hands each record, except those {@code skipped}, with its pending edits to {@code visit}, in outbox order, until
     * {@code visit} answers false or the outbox ends. A record whose edits were acknowledged or discarded after its
     * place was read is passed over.
     */
    void walk(Set<RecordKey> skipped, BiPredicate<RecordKey, List<OutboxEntry>> visit) {
        Set<RecordKey> met = new HashSet<>(skipped);
        long from = 0;
        while (true) {
            List<OutboxPosition> positions = store.outboxFrom(from, page);
            List<RecordKey> fresh = new ArrayList<>();
            for (OutboxPosition position : positions) {
                if (met.add(position.record())) {
                    fresh.add(position.record());
                }
            }
            Map<RecordKey, List<OutboxEntry>> pending = fresh.isEmpty() ? Map.of() : store.pending(fresh);
            for (RecordKey key : fresh) {
                List<OutboxEntry> entries = pending.get(key);
                if (entries != null && !visit.test(key, entries)) {
                    return;
                }
            }
            if (positions.size() < page) {
                return;
            }
            from = positions.get(positions.size() - 1).seq() + 1;
        }
    }
}
