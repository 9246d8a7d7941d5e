package org.griddesk.desktop.service.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.griddesk.model.record.RecordType;

/** Fields to set on one record, new or existing; a null value clears the field. */
record PlannedEdit(RecordType type, String id, Map<String, Object> fields) {

    PlannedEdit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
