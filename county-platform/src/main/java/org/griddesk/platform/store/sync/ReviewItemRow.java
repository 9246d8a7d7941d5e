package org.griddesk.platform.store.sync;

import java.time.Instant;

/** One review queue entry as stored: a field conflict or a possible duplicate. JSON values are parsed. */
public record ReviewItemRow(long id, String kind, String recordType, String recordId, long recordRev, String grid,
                            String field, Object base, Object mine, Object theirs, String kept, String mineAuthor,
                            String theirsAuthor, String mineHlc, String theirsHlc, String otherRecordId,
                            String status, Instant createdAt) {
}
