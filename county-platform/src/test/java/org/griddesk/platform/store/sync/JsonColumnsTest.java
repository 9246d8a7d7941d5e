package org.griddesk.platform.store.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.griddesk.platform.store.StoreException;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.FieldStamp;
import org.junit.jupiter.api.Test;

/** The hand-written stamps JSON is valid JSON, groups the fields that share a stamp and reads back to the same stamps. */
class JsonColumnsTest {

    private final ObjectMapper jackson = new ObjectMapper();

    @Test
    void stampsWithAwkwardTextsReadBackAsTheyWereAndMatchJackson() throws Exception {
        Hlc shared = new Hlc(1_765_000_000_000L, 3, "设备甲");
        Map<String, FieldStamp> stamps = new HashMap<>();
        stamps.put("phone", new FieldStamp(4, shared, "王\"五\"\n\t"));
        stamps.put("na\\me\"", new FieldStamp(4, shared, "王\"五\"\n\t"));
        stamps.put("地址\u0001", new FieldStamp(2, new Hlc(1_764_000_000_000L, 0, "laptop"), ""));
        stamps.put("_deleted", new FieldStamp(1, new Hlc(1_763_000_000_000L, 0, "laptop"), "李四"));

        String json = JsonColumns.stampsJson(stamps);

        assertEquals(new TreeMap<>(stamps), JsonColumns.stamps(json));
        List<Map<String, Object>> groups = List.of(
                group(1, "1763000000000:0000:laptop", "李四", "_deleted"),
                group(4, shared.toString(), "王\"五\"\n\t", "na\\me\"", "phone"),
                group(2, "1764000000000:0000:laptop", "", "地址\u0001"));
        assertEquals(jackson.readTree(jackson.writeValueAsString(groups)), jackson.readTree(json));
    }

    @Test
    void fieldsWrittenByHandReadBackAsTheyWereAndMatchJackson() throws Exception {
        Map<String, Object> nested = new TreeMap<>();
        nested.put("lon", 106.55);
        nested.put("lat", 29.5647);
        nested.put("note", null);
        Map<String, Object> fields = new TreeMap<>();
        fields.put("name", "王\"五\"\n\t\\");
        fields.put("地址\u0001", "重庆市渝中区 \u2028 😀");
        fields.put("age", 71L);
        fields.put("big", Long.MIN_VALUE);
        fields.put("tiny", 1.0E-7);
        fields.put("huge", 1.0E300);
        fields.put("alone", true);
        fields.put("phone", null);
        fields.put("tags", List.of("独居", "低保", List.of(1L, 2.5)));
        fields.put("location", nested);
        fields.put("empty", Map.of());
        fields.put("none", List.of());

        String json = JsonColumns.fieldsJson(fields);

        assertEquals(JsonColumns.fields(JsonColumns.write(fields)), JsonColumns.fields(json), "read as Jackson's were");
        assertEquals(jackson.readTree(jackson.writeValueAsString(fields)), jackson.readTree(json));
        assertEquals(fields.keySet(), JsonColumns.fields(json).keySet());
    }

    private static Map<String, Object> group(long rev, String hlc, String author, String... fields) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("rev", rev);
        group.put("hlc", hlc);
        group.put("author", author);
        group.put("fields", List.of(fields));
        return group;
    }

    @Test
    void fieldsThatShareAStampAreWrittenOnceAsAGroup() throws Exception {
        Hlc create = new Hlc(1_765_000_000_000L, 0, "laptop");
        Map<String, FieldStamp> stamps = new TreeMap<>();
        for (String field : new String[] {"name", "sex", "idNumber", "phone", "birthDate"}) {
            stamps.put(field, new FieldStamp(1, create, "张三"));
        }
        stamps.put("phone", new FieldStamp(3, new Hlc(1_766_000_000_000L, 0, "laptop"), "张三"));

        JsonNode groups = jackson.readTree(JsonColumns.stampsJson(stamps));

        assertEquals(2, groups.size());
        assertEquals(List.of("birthDate", "idNumber", "name", "sex"), texts(groups.get(0).get("fields")));
        assertEquals(List.of("phone"), texts(groups.get(1).get("fields")));
        assertEquals(3, groups.get(1).get("rev").asLong());
        assertEquals(stamps, JsonColumns.stamps(JsonColumns.stampsJson(stamps)));
    }

    /** As PostgreSQL gives jsonb back: its own key order, spaces after separators. */
    @Test
    void aGroupReadsWhateverTheOrderOfItsKeys() {
        Hlc hlc = new Hlc(1_765_000_000_000L, 2, "laptop");
        String json = "[{\"hlc\": \"" + hlc + "\", \"rev\": 7, \"author\": \"李四\", \"fields\": [\"a\", \"b\"]}]";

        assertEquals(Map.of("a", new FieldStamp(7, hlc, "李四"), "b", new FieldStamp(7, hlc, "李四")),
                JsonColumns.stamps(json));
    }

    /** Rows written before stamps were grouped hold a stamp per field. */
    @Test
    void aStampPerFieldAsRowsWereWrittenBeforeStillReads() {
        Hlc hlc = new Hlc(1_765_000_000_000L, 0, "laptop");
        String json = "{\"name\": {\"hlc\": \"" + hlc + "\", \"rev\": 1, \"author\": \"王五\"}, "
                + "\"phone\": {\"hlc\": \"" + hlc + "\", \"rev\": 2, \"author\": \"王五\"}}";

        assertEquals(Map.of("name", new FieldStamp(1, hlc, "王五"), "phone", new FieldStamp(2, hlc, "王五")),
                JsonColumns.stamps(json));
    }

    @Test
    void aBrokenGroupIsAStoreErrorNotAWrongMerge() {
        assertThrows(StoreException.class, () -> JsonColumns.stamps("[{\"rev\": 1, \"author\": \"x\", \"fields\": [\"a\"]}]"));
        assertThrows(StoreException.class, () -> JsonColumns.stamps("[{\"rev\": 1, \"hlc\": \"1765000000000:0000:x\", "
                + "\"author\": \"x\", \"fields\": [1]}]"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void noStampsAreAnEmptyList() {
        assertEquals("[]", JsonColumns.stampsJson(Map.of()));
        assertEquals(Map.of(), JsonColumns.stamps("[]"));
        assertEquals(Map.of(), JsonColumns.stamps("{}"));
    }
}
