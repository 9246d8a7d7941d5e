package org.griddesk.desktop.service.review;

import java.util.List;
import java.util.Map;

/** Everything the platform gives to judge one item: the item, the record's fields now, the conflicting fields. */
public record ReviewItemDetail(ReviewQueueItem item, Map<String, Object> recordFields, List<ConflictField> conflicts) {
    public ReviewItemDetail {
        conflicts = List.copyOf(conflicts);
    }
}
