package org.griddesk.sync.merge;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.griddesk.sync.record.FieldValues;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;

/**
 * The platform's state of a record: the record itself plus, per field, the stamp of its last change.
 * The stamp of the deleted flag lives under {@link SyncRecord#DELETED_FIELD}.
 */
public record ServerRecord(String type, String id, long rev, Map<String, Object> fields, boolean deleted,
                           Map<String, FieldStamp> stamps) {

    public ServerRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        fields = FieldValues.normalizeMap(fields == null ? Map.of() : fields);
        stamps = Collections.unmodifiableMap(new TreeMap<>(stamps == null ? Map.of() : stamps));
    }

    public RecordKey key() {
        return new RecordKey(type, id);
    }

    /** For each field, the revision that last changed it. */
    public Map<String, Long> fieldRevs() {
        Map<String, Long> revs = new TreeMap<>();
        stamps.forEach((field, stamp) -> revs.put(field, stamp.rev()));
        return Collections.unmodifiableMap(revs);
    }

    public SyncRecord toSyncRecord() {
        return new SyncRecord(type, id, fields, rev, deleted);
    }
}
