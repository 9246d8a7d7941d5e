package org.griddesk.platform.service.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to judge one item: the item, the record it is about as it is now, for a duplicate the other
 * resident and what a merge would do, for a conflict every open conflicting field of the record, and the item's
 * history. {@code references} names, by id, the records their fields point to (a household's address for its
 * {@code householdId}, a resident's name for a {@code residentId}, a grid's name for its code).
 */
public record ReviewDetail(ReviewItem item, RecordState record, RecordState other, List<ConflictField> conflicts,
                           List<HistoryEntry> history, MergePreview mergePreview, Map<String, String> references) {

    /**
     * What merging a duplicate into the resident registered first would do: the fields the survivor takes from the
     * other record (it has none of its own), and how many records of each type would be pointed at the survivor.
     */
    public record MergePreview(String survivorId, String mergedId, List<String> fieldsTaken,
                               Map<String, Integer> moving) {
    }

    /** A record as the platform holds it now. */
    public record RecordState(String type, String id, long rev, Map<String, Object> fields, boolean deleted) {
    }

    /** One conflicting field: its item, base, mine and theirs, who wrote each and when. */
    public record ConflictField(long itemId, int version, String field, Object base, Object mine, Object theirs,
                                String kept, String mineAuthor, String theirsAuthor, String mineHlc,
                                String theirsHlc, Instant mineAt, Instant theirsAt) {
    }

    /** One event: created, approved, returned, resolved, merged, decided, dispatched, called back. */
    public record HistoryEntry(Instant at, String actor, String action, String fromStatus, String toStatus,
                               String comment, Map<String, Object> detail) {
    }
}
