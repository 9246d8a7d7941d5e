package org.griddesk.sync.merge;

import java.util.Map;
import java.util.Objects;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.record.FieldValues;
import org.griddesk.sync.record.RecordKey;

/** A change pushed by a device, as the merge sees it: the author comes from the authenticated caller. */
public record IncomingChange(String type, String id, long baseRev, Map<String, Object> set, boolean delete,
                             Hlc hlc, String author) {

    public IncomingChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hlc, "hlc");
        Objects.requireNonNull(author, "author");
        set = FieldValues.normalizeMap(set == null ? Map.of() : set);
        if (baseRev < 0) {
            throw new IllegalArgumentException("negative baseRev");
        }
    }

    public RecordKey key() {
        return new RecordKey(type, id);
    }
}
