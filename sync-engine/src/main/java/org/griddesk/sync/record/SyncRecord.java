package org.griddesk.sync.record;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A synced thing: {@code (type, id, fields, rev, deleted)}. Field values are JSON values, kept normalised
 * so two records holding the same data are equal however they were built or parsed.
 */
public record SyncRecord(String type, String id, Map<String, Object> fields, long rev, boolean deleted) {

    /** Reserved pseudo-field used in outbox entries and conflicts for the deleted flag. */
    public static final String DELETED_FIELD = "_deleted";

    public SyncRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        fields = FieldValues.normalizeMap(fields == null ? Map.of() : fields);
        if (rev < 0) {
            throw new IllegalArgumentException("negative rev");
        }
    }

    public static SyncRecord empty(RecordKey key) {
        return new SyncRecord(key.type(), key.id(), Map.of(), 0, false);
    }

    public RecordKey key() {
        return new RecordKey(type, id);
    }

    public Object field(String name) {
        return fields.get(name);
    }

    public SyncRecord withField(String name, Object value) {
        Map<String, Object> copy = new HashMap<>(fields);
        copy.put(name, value);
        return new SyncRecord(type, id, copy, rev, deleted);
    }

    public static boolean isReserved(String fieldName) {
        return fieldName.startsWith("_");
    }
}
