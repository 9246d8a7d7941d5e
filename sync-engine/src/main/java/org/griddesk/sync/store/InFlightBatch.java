package org.griddesk.sync.store;

import java.util.List;

/**
 * A batch that was (or is about to be) sent and not yet answered. Kept across restarts so a retry
 * reuses the same batch id and the platform replays its stored answer instead of judging twice.
 */
public record InFlightBatch(String batchId, List<Long> entrySeqs) {

    public InFlightBatch {
        entrySeqs = List.copyOf(entrySeqs);
    }
}
