package org.griddesk.platform.service.blobs;

import org.griddesk.platform.service.BadRequestException;

/** The bytes {@code first..last} (inclusive) of a blob of {@code total} bytes, as {@code Content-Range} says. */
public record ChunkRange(long first, long last, long total) {
    public ChunkRange {
        if (first < 0 || last < first - 1 || total < 0 || last >= total) {
            throw new BadRequestException("Content-Range must be bytes FIRST-LAST/TOTAL with FIRST <= LAST < TOTAL");
        }
    }

    public long length() {
        return last - first + 1;
    }
}
