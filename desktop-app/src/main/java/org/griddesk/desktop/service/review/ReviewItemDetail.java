package org.griddesk.desktop.service.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.service.receipts.FormPrint;

/**
 * Everything the platform gives to judge one item: the item, the record's fields now, the conflicting fields, and for
 * a duplicate the other resident's fields (empty otherwise) and what a merge would do. For an application, {@code form}: its answers as the
 * template lays them out, with its pictures (null when the template has not reached this laptop). {@code references}:
 * the records those fields point to, named by id.
 */
public record ReviewItemDetail(ReviewQueueItem item, Map<String, Object> recordFields, List<ConflictField> conflicts,
                               Map<String, Object> otherFields, MergePreview mergePreview, FormPrint form,
                               Map<String, String> references) {
    public ReviewItemDetail {
        conflicts = List.copyOf(conflicts);
        references = Map.copyOf(references);
    }

    public ReviewItemDetail(ReviewQueueItem item, Map<String, Object> recordFields, List<ConflictField> conflicts,
                            Map<String, Object> otherFields, MergePreview mergePreview,
                            Map<String, String> references) {
        this(item, recordFields, conflicts, otherFields, mergePreview, null, references);
    }

    /**
     * What a field's value names in words when it holds another record's id: a household's address for 所属户, a
     * resident's name; empty for any other value.
     */
    public Optional<String> referenceName(Object value) {
        return value instanceof String id ? Optional.ofNullable(references.get(id)) : Optional.empty();
    }

    /** A duplicate's merge as the platform previews it. */
    public Optional<MergePreview> merge() {
        return Optional.ofNullable(mergePreview);
    }

    public Optional<FormPrint> applicationForm() {
        return Optional.ofNullable(form);
    }

    ReviewItemDetail withForm(FormPrint laidOut) {
        return new ReviewItemDetail(item, recordFields, conflicts, otherFields, mergePreview, laidOut, references);
    }
}
