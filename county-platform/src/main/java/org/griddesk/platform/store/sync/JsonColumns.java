package org.griddesk.platform.store.sync;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
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

    private JsonColumns() {
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

    /**
     * A record's fields as JSON, written by hand: through Jackson's generator they were the largest single cost of
     * the platform's Java in a push. The values are those {@code FieldValues} keeps (text, true and false, whole and
     * decimal numbers, null, lists and objects); anything else still goes through Jackson.
     */
    static String fieldsJson(Map<String, Object> fields) {
        StringBuilder json = new StringBuilder(48 * fields.size() + 2);
        appendValue(json, fields);
        return json.toString();
    }

    private static void appendValue(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String text) {
            appendQuoted(json, text);
        } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            json.append(value);
        } else if (value instanceof Double number && Double.isFinite(number)) {
            json.append(number.doubleValue());
        } else if (value instanceof Map<?, ?> map) {
            json.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    json.append(',');
                }
                first = false;
                appendQuoted(json, String.valueOf(entry.getKey())).append(':');
                appendValue(json, entry.getValue());
            }
            json.append('}');
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                appendValue(json, list.get(i));
            }
            json.append(']');
        } else {
            json.append(write(value));
        }
    }

    /**
     * The stamps as groups of the fields that share one stamp, {@code [{rev, hlc, author, fields: [...]}]}: groups
     * in the order of their first field, fields in order. A change stamps every field it sets alike, so a record's
     * stamps are one group or a few. Written a stamp per field, the same time and author repeated for every field
     * made the stamps three quarters of each row a push writes and reads, and a quarter of PostgreSQL's time in a push.
     * Written by hand, as Jackson's generator was a fifth of the platform's time in a push; texts are escaped as JSON
     * requires (quote, backslash, control characters).
     */
    static String stampsJson(Map<String, FieldStamp> stamps) {
        Map<String, FieldStamp> ordered = stamps instanceof SortedMap<String, FieldStamp> sorted
                && sorted.comparator() == null ? stamps : new TreeMap<>(stamps);
        // a record has one group or a few: scanning them, the same instance first, beats hashing every stamp
        List<FieldStamp> groupStamps = new ArrayList<>(4);
        List<List<String>> groupFields = new ArrayList<>(4);
        ordered.forEach((field, stamp) -> {
            int group = groupOf(groupStamps, stamp);
            if (group < 0) {
                groupStamps.add(stamp);
                groupFields.add(new ArrayList<>());
                group = groupStamps.size() - 1;
            }
            groupFields.get(group).add(field);
        });
        StringBuilder json = new StringBuilder(64 * groupStamps.size() + 16 * stamps.size() + 2).append('[');
        for (int g = 0; g < groupStamps.size(); g++) {
            FieldStamp stamp = groupStamps.get(g);
            List<String> fields = groupFields.get(g);
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"rev\":").append(stamp.rev()).append(",\"hlc\":");
            appendNullable(json, stamp.hlc() == null ? null : stamp.hlc().toString()).append(",\"author\":");
            appendNullable(json, stamp.author()).append(",\"fields\":[");
            for (int i = 0; i < fields.size(); i++) {
                appendQuoted(i == 0 ? json : json.append(','), fields.get(i));
            }
            json.append("]}");
        }
        return json.append(']').toString();
    }

    private static int groupOf(List<FieldStamp> groupStamps, FieldStamp stamp) {
        for (int i = groupStamps.size() - 1; i >= 0; i--) {
            if (groupStamps.get(i) == stamp) {
                return i;
            }
        }
        for (int i = 0; i < groupStamps.size(); i++) {
            if (groupStamps.get(i).equals(stamp)) {
                return i;
            }
        }
        return -1;
    }

    private static StringBuilder appendNullable(StringBuilder json, String text) {
        return text == null ? json.append("null") : appendQuoted(json, text);
    }

    private static StringBuilder appendQuoted(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"');
    }

    /**
     * Read with the streaming parser rather than bound to records: every record a push reads carries its stamps,
     * and binding them was a fifth of the platform's time in a push. Rows written before stamps were grouped hold
     * an object of a stamp per field ({@code {field: {rev, hlc, author}}}); they read as well and are written
     * grouped at their record's next change.
     */
    static Map<String, FieldStamp> stamps(String json) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            Map<String, FieldStamp> stamps = new TreeMap<>();
            JsonToken first = parser.nextToken();
            EditTimes times = new EditTimes();
            if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    List<String> fields = new ArrayList<>();
                    FieldStamp stamp = readStamp(parser, times, fields);
                    fields.forEach(field -> stamps.put(field, stamp));
                }
                expect(parser.currentToken(), JsonToken.END_ARRAY);
                return stamps;
            }
            expect(first, JsonToken.START_OBJECT);
            List<String> none = new ArrayList<>();
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                expect(parser.nextToken(), JsonToken.START_OBJECT);
                stamps.put(field, readStamp(parser, times, none));
            }
            return stamps;
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new StoreException("Cannot read field stamps", e);
        }
    }

    /**
     * A stamp's object after its opening brace, keys in any order (jsonb keeps its own); the names in a group's
     * {@code fields} are added to {@code fields}.
     */
    private static FieldStamp readStamp(JsonParser parser, EditTimes times, List<String> fields) throws IOException {
        long rev = 0;
        String hlc = null;
        String author = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "rev" -> rev = parser.getValueAsLong();
                case "hlc" -> hlc = value == JsonToken.VALUE_NULL ? null : parser.getText();
                case "author" -> author = value == JsonToken.VALUE_NULL ? null : parser.getText();
                case "fields" -> {
                    expect(value, JsonToken.START_ARRAY);
                    for (JsonToken field = parser.nextToken(); field != JsonToken.END_ARRAY; field = parser.nextToken()) {
                        expect(field, JsonToken.VALUE_STRING);
                        fields.add(parser.getText());
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return new FieldStamp(rev, times.parse(hlc), author);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws JsonParseException {
        if (actual != expected) {
            throw new JsonParseException(null, "Expected " + expected + " but found " + actual);
        }
    }

    /** The fields one change set share its edit time: a time like the previous one is not parsed again. */
    private static final class EditTimes {
        private String lastText;
        private Hlc last;

        Hlc parse(String text) {
            if (text == null || !text.equals(lastText)) {
                last = Hlc.parse(text);
                lastText = text;
            }
            return last;
        }
    }
}
