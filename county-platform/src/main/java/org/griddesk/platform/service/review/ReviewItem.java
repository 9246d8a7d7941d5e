package org.griddesk.platform.service.review;

import java.time.Instant;
import java.util.Map;
import org.griddesk.platform.store.sync.ReviewItemRow;

/**
 * A review queue entry as reviewers see it. For a conflict the base, mine and theirs values with authors and edit
 * times; for a duplicate the matching field and the other record; {@code detail} what the other kinds need.
 * {@code version} goes up with every action: an action names the version it saw. {@code overdue}: an open item
 * whose {@code dueAt} has passed, or a rating whose agreed rectification ({@code rectifying}) is past
 * {@code rectifyDueAt}. {@code title}, in a list only: what the item is about (a resident's name, an address, an
 * issue's title), null when its record has none.
 */
public record ReviewItem(long id, String kind, String status, int version, String recordType, String recordId,
                         long recordRev, String grid, String worker, String field, Object base, Object mine,
                         Object theirs, String kept, String mineAuthor, String theirsAuthor, String mineHlc,
                         String theirsHlc, String otherRecordId, Instant createdAt, Instant updatedAt,
                         String updatedBy, Instant dueAt, Instant rectifyDueAt, boolean overdue,
                         Map<String, Object> detail, String title) {

    static ReviewItem of(ReviewItemRow row, Instant now) {
        boolean overdue = "open".equals(row.status()) && row.dueAt() != null && row.dueAt().isBefore(now)
                || ReviewActions.RECTIFYING.equals(row.status()) && row.rectifyDueAt() != null
                && row.rectifyDueAt().isBefore(now);
        return new ReviewItem(row.id(), row.kind(), row.status(), row.version(), row.recordType(), row.recordId(),
                row.recordRev(), row.grid(), row.worker(), row.field(), row.base(), row.mine(), row.theirs(),
                row.kept(), row.mineAuthor(), row.theirsAuthor(), row.mineHlc(), row.theirsHlc(), row.otherRecordId(),
                row.createdAt(), row.updatedAt(), row.updatedBy(), row.dueAt(), row.rectifyDueAt(), overdue,
                row.detail(), null);
    }

    /** The same item with what it is about, as a queue line shows it. */
    ReviewItem titled(String text) {
        return new ReviewItem(id, kind, status, version, recordType, recordId, recordRev, grid, worker, field, base,
                mine, theirs, kept, mineAuthor, theirsAuthor, mineHlc, theirsHlc, otherRecordId, createdAt, updatedAt,
                updatedBy, dueAt, rectifyDueAt, overdue, detail, text);
    }
}
