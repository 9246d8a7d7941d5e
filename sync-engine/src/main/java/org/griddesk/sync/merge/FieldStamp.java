package org.griddesk.sync.merge;

import java.util.Objects;
import org.griddesk.sync.clock.Hlc;

/** Who last changed a field on the platform, when (HLC) and in which record revision. */
public record FieldStamp(long rev, Hlc hlc, String author) {

    public FieldStamp {
        Objects.requireNonNull(hlc, "hlc");
        Objects.requireNonNull(author, "author");
    }

    /**
     * Whether this stamp is an edit the pushing device had not seen: newer than its base revision and
     * made by another device. A device's own earlier push is never a conflict with its later edits.
     */
    boolean isConcurrentWith(IncomingChange change) {
        return rev > change.baseRev() && !hlc.deviceId().equals(change.hlc().deviceId());
    }
}
