package org.griddesk.platform.service.review;

/**
 * The queue's filters as the request gives them; null means not given. {@code status}: one status, several
 * separated by commas, or {@code all} (default open and rectifying: what still needs a person). {@code olderThanDays}: created more than that many days ago.
 * {@code overdue}: only items whose due time has passed. {@code cursor}: the {@code next} of the previous page.
 */
public record ReviewFilter(String status, String kind, String grid, String worker, Integer olderThanDays,
                           Boolean overdue, String cursor, Integer limit) {
}
