package org.griddesk.desktop.service.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.service.receipts.FormPrint;

/**
 * Everything the platform gives to judge one item: the item, the record's fields now, the conflicting fields, and for
 * a duplicate the other resident's fields (empty otherwise) and what a merge would do. For an application, {@code form}: its answers as the
 * template lays them out, with its pictures (null when the template has not reached this laptop).
 */
public record ReviewItemDetail(ReviewQueueItem item, Map<String, Object> recordFields, List<ConflictField> conflicts,
                               Map<String, Object> otherFields, MergePreview mergePreview, FormPrint form) {
    public ReviewItemDetail {
        conflicts = List.copyOf(conflicts);
    }

    public ReviewItemDetail(ReviewQueueItem item, Map<String, Object> recordFields, List<ConflictField> conflicts,
                            Map<String, Object> otherFields, MergePreview mergePreview) {
        this(item, recordFields, conflicts, otherFields, mergePreview, null);
    }

    /** A duplicate's merge as the platform previews it. */
    public Optional<MergePreview> merge() {
        return Optional.ofNullable(mergePreview);
    }

    public Optional<FormPrint> applicationForm() {
        return Optional.ofNullable(form);
    }

    ReviewItemDetail withForm(FormPrint laidOut) {
        return new ReviewItemDetail(item, recordFields, conflicts, otherFields, mergePreview, laidOut);
    }
}
