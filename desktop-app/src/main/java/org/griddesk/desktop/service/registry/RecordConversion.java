package org.griddesk.desktop.service.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.Location;
import org.griddesk.model.record.RecordType;
import org.griddesk.sync.record.SyncRecord;

/** Between the sync engine's generic records and field-model's typed ones; the two meet only here. */
final class RecordConversion {

    private RecordConversion() {
    }

    static Optional<FieldRecord> toFieldRecord(SyncRecord record) {
        return RecordType.fromWireName(record.type()).map(type -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            record.fields().forEach((name, value) -> fields.put(name, fieldValue(value)));
            return new FieldRecord(type, record.id(), fields, record.rev(), record.deleted());
        });
    }

    /** A location travels as a {lon, lat} map; anything else nested is not ours to interpret and stays text. */
    private static Object fieldValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            Optional<Location> location = Location.fromWire(map);
            return location.isPresent() ? location.get() : String.valueOf(map);
        }
        return value;
    }

    static Map<String, Object> toSyncFields(Map<String, Object> fields) {
        Map<String, Object> wire = new LinkedHashMap<>();
        fields.forEach((name, value) -> wire.put(name, toSyncValue(value)));
        return wire;
    }

    static Object toSyncValue(Object value) {
        return value instanceof Location location ? location.toWire() : value;
    }
}
