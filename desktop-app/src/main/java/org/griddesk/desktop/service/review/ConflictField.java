package org.griddesk.desktop.service.review;

/** One conflicting field of a record: base, mine and theirs, who wrote each and when (ISO times). */
public record ConflictField(long itemId, String field, Object base, Object mine, Object theirs, String mineAuthor,
                            String theirsAuthor, String mineAt, String theirsAt) {
}
