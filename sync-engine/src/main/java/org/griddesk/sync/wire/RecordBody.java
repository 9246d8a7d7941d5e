package org.griddesk.sync.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A record as carried in a push result. {@code hlc} (the latest edit time) is an addition to v1's minimum. */
public record RecordBody(String type, String id, long rev, Map<String, Object> fields, boolean deleted, String hlc) {

    public RecordBody {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
