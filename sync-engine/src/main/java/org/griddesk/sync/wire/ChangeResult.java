package org.griddesk.sync.wire;

import java.util.List;

/** The judgement of one change: status, the merged record, its conflicts or the rejection reason. */
public record ChangeResult(String id, String status, long rev, RecordBody record, List<ConflictBody> conflicts,
                           ErrorDetail error) {

    public ChangeResult {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }
}
