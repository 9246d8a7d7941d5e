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
import java.util.Map;
import java.util.Objects;
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
     * The stamps as {@code {field: {rev, hlc, author}}}, fields in order. Written by hand: a push writes a stamp per
     * field of every record it saves, and through Jackson's generator that was a fifth of the platform's time in a
     * push. The texts are escaped as JSON requires (quote, backslash, control characters); the rest goes as it is.
     */
    static String stampsJson(Map<String, FieldStamp> stamps) {
        Map<String, FieldStamp> ordered = stamps instanceof SortedMap<String, FieldStamp> sorted
                && sorted.comparator() == null ? stamps : new TreeMap<>(stamps);
        StringBuilder json = new StringBuilder(80 * stamps.size() + 2).append('{');
        // the fields one change set share its edit time and author: each distinct one is written out once
        Hlc lastHlc = null;
        String lastHlcJson = null;
        String lastAuthor = null;
        String lastAuthorJson = "null";
        for (Map.Entry<String, FieldStamp> entry : ordered.entrySet()) {
            FieldStamp stamp = entry.getValue();
            if (lastHlcJson == null || !Objects.equals(stamp.hlc(), lastHlc)) {
                lastHlc = stamp.hlc();
                lastHlcJson = lastHlc == null ? "null" : quoted(lastHlc.toString());
            }
            if (!Objects.equals(stamp.author(), lastAuthor)) {
                lastAuthor = stamp.author();
                lastAuthorJson = lastAuthor == null ? "null" : quoted(lastAuthor);
            }
            if (json.length() > 1) {
                json.append(',');
            }
            appendQuoted(json, entry.getKey()).append(":{\"rev\":").append(stamp.rev())
                    .append(",\"hlc\":").append(lastHlcJson).append(",\"author\":").append(lastAuthorJson).append('}');
        }
        return json.append('}').toString();
    }

    private static String quoted(String text) {
        return appendQuoted(new StringBuilder(text.length() + 2), text).toString();
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
     * Read with the streaming parser rather than bound to a record: every record a push reads carries a stamp
     * per field, and binding them was a fifth of the platform's time in a push.
     */
    static Map<String, FieldStamp> stamps(String json) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            Map<String, FieldStamp> stamps = new TreeMap<>();
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            EditTimes times = new EditTimes();
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                stamps.put(field, stamp(parser, times));
            }
            return stamps;
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new StoreException("Cannot read field stamps", e);
        }
    }

    private static FieldStamp stamp(JsonParser parser, EditTimes times) throws IOException {
        expect(parser.nextToken(), JsonToken.START_OBJECT);
        long rev = 0;
        String hlc = null;
        String author = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "rev" -> rev = parser.getValueAsLong();
                case "hlc" -> hlc = value == JsonToken.VALUE_NULL ? null : parser.getText();
                case "author" -> author = value == JsonToken.VALUE_NULL ? null : parser.getText();
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
