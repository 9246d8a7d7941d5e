package org.griddesk.sync.record;

import java.util.Objects;

/** Identifies a record: its type and its device-made id. */
public record RecordKey(String type, String id) {

    public RecordKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return type + "/" + id;
    }
}
