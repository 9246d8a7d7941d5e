package org.griddesk.sync.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code GET /api/v1/sync/changes}: records with seq greater than the cursor, the next cursor, and more?
 * {@code grids} (an addition to v1's minimum) lists the grid codes or code prefixes the caller may hold now;
 * a device drops records of any other grid. Absent (null) from a platform that does not announce it.
 */
public record ChangesPage(List<PulledRecord> records, long next, boolean hasMore,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<String> grids) {

    public ChangesPage {
        records = records == null ? List.of() : List.copyOf(records);
        grids = grids == null ? null : List.copyOf(grids);
    }

    public ChangesPage(List<PulledRecord> records, long next, boolean hasMore) {
        this(records, next, hasMore, null);
    }
}
