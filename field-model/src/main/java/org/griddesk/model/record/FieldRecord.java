package org.griddesk.model.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A synced record: {@code (type, id, fields, rev, deleted)}. Fields are a flat map whose values are
 * JSON-like: String, Number, Boolean, null, a list of strings, or a {@link Location}. Anything nested
 * deeper travels as one opaque string. A null value is kept: it means "cleared", not "absent".
 */
public record FieldRecord(RecordType type, String id, Map<String, Object> fields, long rev, boolean deleted) {

    public FieldRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (rev < 0) {
            throw new IllegalArgumentException("rev must not be negative: " + rev);
        }
        fields = copyOf(fields);
    }

    /** A record made on this device, not yet seen by the platform (rev 0). */
    public static FieldRecord created(RecordType type, String id, Map<String, Object> fields) {
        return new FieldRecord(type, id, fields, 0, false);
    }

    public Optional<Object> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public Optional<String> string(String name) {
        Object value = fields.get(name);
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** The same record with one field changed; rev is the platform's business and stays as it is. */
    public FieldRecord with(String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(fields);
        changed.put(field, value);
        return new FieldRecord(type, id, changed, rev, deleted);
    }

    private static Map<String, Object> copyOf(Map<String, Object> fields) {
        Map<String, Object> copy = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            Objects.requireNonNull(name, "field name");
            copy.put(name, FieldValues.requireAllowed(name, value));
        });
        return Collections.unmodifiableMap(copy);
    }

    /** Lists are copied so a record cannot be changed behind its back. */
    static Object immutableValue(Object value) {
        return value instanceof List<?> list ? List.copyOf(list) : value;
    }
}
