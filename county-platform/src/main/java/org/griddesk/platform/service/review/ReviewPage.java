package org.griddesk.platform.service.review;

import java.util.List;
import java.util.Map;

/**
 * One page of the queue, oldest first. {@code counts}: items per kind matching the filters other than kind;
 * {@code overdue}: how many of them are overdue, per kind and in all; {@code next}: the cursor of the next page,
 * null on the last.
 */
public record ReviewPage(List<ReviewItem> items, Map<String, Long> counts, Map<String, Long> overdueByKind,
                         long overdue, String next, boolean hasMore) {
}
