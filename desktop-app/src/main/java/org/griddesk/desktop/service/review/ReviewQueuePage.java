package org.griddesk.desktop.service.review;

import java.util.List;
import java.util.Map;

/** A page of the queue with the counts per kind and how many items are overdue. */
public record ReviewQueuePage(List<ReviewQueueItem> items, Map<String, Long> counts, long overdue) {
    public ReviewQueuePage {
        items = List.copyOf(items);
        counts = Map.copyOf(counts);
    }
}
