package org.griddesk.sync.wire;

import java.util.List;

/** {@code GET /api/v1/sync/changes}: records with seq greater than the cursor, the next cursor, and more? */
public record ChangesPage(List<PulledRecord> records, long next, boolean hasMore) {

    public ChangesPage {
        records = records == null ? List.of() : List.copyOf(records);
    }
}
