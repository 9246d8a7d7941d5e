package org.griddesk.platform.service.sync;

import java.time.Instant;
import org.griddesk.platform.store.sync.ReviewItemRow;

/**
 * A review queue entry as reviewers see it: for a conflict the base, mine and theirs values with authors
 * and edit times; for a duplicate the matching field and the other record.
 */
public record ReviewItem(long id, String kind, String status, String recordType, String recordId, long recordRev,
                         String grid, String field, Object base, Object mine, Object theirs, String kept,
                         String mineAuthor, String theirsAuthor, String mineHlc, String theirsHlc,
                         String otherRecordId, Instant createdAt) {

    static ReviewItem of(ReviewItemRow row) {
        return new ReviewItem(row.id(), row.kind(), row.status(), row.recordType(), row.recordId(), row.recordRev(),
                row.grid(), row.field(), row.base(), row.mine(), row.theirs(), row.kept(), row.mineAuthor(),
                row.theirsAuthor(), row.mineHlc(), row.theirsHlc(), row.otherRecordId(), row.createdAt());
    }
}
