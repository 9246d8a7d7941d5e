package org.griddesk.sync.merge;

import org.griddesk.sync.record.FieldValues;
import org.griddesk.sync.record.SyncRecord;

/** One not-yet-acknowledged local edit of a field; {@link SyncRecord#DELETED_FIELD} set to true deletes. */
public record PendingEdit(String field, Object value) {

    public PendingEdit {
        value = FieldValues.normalize(value);
    }

    public boolean isDelete() {
        return SyncRecord.DELETED_FIELD.equals(field) && Boolean.TRUE.equals(value);
    }
}
