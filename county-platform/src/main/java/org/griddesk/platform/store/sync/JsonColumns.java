package org.griddesk.platform.store.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.TreeMap;
import org.griddesk.platform.store.StoreException;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.FieldStamp;
import org.griddesk.sync.wire.WireMapper;

/** JSON values in jsonb columns, written and read with the sync wire mapper so both ends agree. */
final class JsonColumns {
    private static final ObjectMapper MAPPER = WireMapper.create();
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, StampJson>> STAMPS = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    /** How a field stamp is kept: its revision, edit time and author. */
    record StampJson(long rev, String hlc, String author) {
    }

    static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        statement.setObject(index, write(value), Types.OTHER);
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot write JSON column", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot read JSON column", e);
        }
    }

    /** A single JSON value; SQL NULL and JSON null both read as null. */
    static Object value(String json) {
        return json == null ? null : read(json, Object.class);
    }

    static Map<String, Object> fields(String json) {
        try {
            return MAPPER.readValue(json, FIELDS);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot read record fields", e);
        }
    }

    static String stampsJson(Map<String, FieldStamp> stamps) {
        Map<String, StampJson> json = new TreeMap<>();
        stamps.forEach((field, stamp) -> json.put(field,
                new StampJson(stamp.rev(), stamp.hlc().toString(), stamp.author())));
        return write(json);
    }

    static Map<String, FieldStamp> stamps(String json) {
        try {
            Map<String, FieldStamp> stamps = new TreeMap<>();
            MAPPER.readValue(json, STAMPS).forEach((field, stamp) -> stamps.put(field,
                    new FieldStamp(stamp.rev(), Hlc.parse(stamp.hlc()), stamp.author())));
            return stamps;
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot read field stamps", e);
        }
    }
}
