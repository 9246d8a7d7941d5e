package org.griddesk.desktop.service.review;

import java.util.List;
import java.util.Map;

/**
 * Everything the platform gives to judge one item: the item, the record's fields now, the conflicting fields, and for
 * a duplicate the other resident's fields (empty otherwise).
 */
public record ReviewItemDetail(ReviewQueueItem item, Map<String, Object> recordFields, List<ConflictField> conflicts,
                               Map<String, Object> otherFields) {
    public ReviewItemDetail {
        conflicts = List.copyOf(conflicts);
    }
}
