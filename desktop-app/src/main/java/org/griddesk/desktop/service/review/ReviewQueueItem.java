package org.griddesk.desktop.service.review;

/**
 * One entry of the platform's review queue as the 审核 list shows it. {@code mine}/{@code theirs} are the two values
 * of a conflicting field (shown masked when the field is an identity or phone number). For a poor rating
 * {@code dueAt} is when the call-back is due, {@code rectifyDueAt} when the rectification is, and
 * {@code rectification} what was agreed on the call (null before it). {@code title} is what the item is about as
 * the platform names it (a resident's name, an address, an issue's title), null when it has none.
 */
public record ReviewQueueItem(long id, String kind, String status, int version, String recordType, String recordId,
                              String grid, String worker, String field, Object mine, Object theirs, String createdAt,
                              boolean overdue, String dueAt, String rectifyDueAt, String rectification, String title) {

    /** An entry from a platform that sends no titles. */
    public ReviewQueueItem(long id, String kind, String status, int version, String recordType, String recordId,
                           String grid, String worker, String field, Object mine, Object theirs, String createdAt,
                           boolean overdue, String dueAt, String rectifyDueAt, String rectification) {
        this(id, kind, status, version, recordType, recordId, grid, worker, field, mine, theirs, createdAt, overdue,
                dueAt, rectifyDueAt, rectification, null);
    }
}
