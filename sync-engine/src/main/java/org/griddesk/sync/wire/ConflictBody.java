package org.griddesk.sync.wire;

/**
 * A conflict in a push result. v1's minimum is {@code field, base, mine, theirs, kept} ("mine" or
 * "theirs"); authors and times are additions so the device can show who wrote what, and when.
 */
public record ConflictBody(String field, Object base, Object mine, Object theirs, String kept,
                           String mineAuthor, String theirsAuthor, String mineHlc, String theirsHlc) {
}
