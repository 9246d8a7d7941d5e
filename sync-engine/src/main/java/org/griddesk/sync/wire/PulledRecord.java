package org.griddesk.sync.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record in a changes page. {@code leftScope} announces a record the caller may no longer hold;
 * {@code hlc} (the latest edit time, lets device clocks catch up) is an addition to v1's minimum.
 */
public record PulledRecord(String type, String id, long rev, long seq, Map<String, Object> fields, boolean deleted,
                           boolean leftScope, String hlc) {

    public PulledRecord {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
