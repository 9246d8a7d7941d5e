package org.griddesk.desktop.ui.review;

/**
 * One entry of the 审核 queue as the view shows it. The view-model keeps the platform's item behind each line, so
 * the view never holds a service type; {@code id} is how the view-model finds it again. {@code mine}/{@code theirs}
 * are a conflict's two values, masked when drawn; {@code title} what the item is about (a name, an address), or null.
 */
public record QueueLine(long id, String kind, String status, String recordType, String recordId, String worker,
                        String field, Object mine, Object theirs, boolean overdue, String title) {
}
