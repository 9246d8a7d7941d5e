package org.griddesk.desktop.store.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

import org.griddesk.sync.record.FieldValues;
import org.griddesk.sync.wire.WireMapper;

/** Field values are kept as JSON text in CLOB columns, written and read with the sync wire mapper. */
final class JsonColumns {

    private static final ObjectMapper MAPPER = WireMapper.create();
    private static final TypeReference<Map<String, Object>> FIELD_MAP = new TypeReference<>() { };

    private JsonColumns() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value cannot be written as JSON", e);
        }
    }

    static Object readValue(String json) {
        if (json == null) {
            return null;
        }
        try {
            return FieldValues.normalize(MAPPER.readValue(json, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON value is damaged", e);
        }
    }

    static Map<String, Object> readFields(String json) {
        try {
            return MAPPER.readValue(json, FIELD_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored record fields are damaged", e);
        }
    }
}
