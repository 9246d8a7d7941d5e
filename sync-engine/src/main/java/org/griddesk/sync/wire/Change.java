package org.griddesk.sync.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One pushed change: {@code {type, id, baseRev, set{field: value}, delete, hlc}}. */
public record Change(String type, String id, long baseRev, Map<String, Object> set,
                     @JsonProperty("delete") boolean delete, String hlc) {

    public Change {
        // LinkedHashMap, not Map.copyOf: null values are meaningful here
        set = set == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(set));
    }
}
