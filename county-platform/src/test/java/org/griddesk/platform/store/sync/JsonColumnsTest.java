package org.griddesk.platform.store.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.FieldStamp;
import org.junit.jupiter.api.Test;

/** The hand-written stamps JSON is the JSON Jackson writes and reads back to the same stamps. */
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
        Map<String, Object> plain = new LinkedHashMap<>();
        stamps.forEach((field, stamp) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("rev", stamp.rev());
            one.put("hlc", stamp.hlc().toString());
            one.put("author", stamp.author());
            plain.put(field, one);
        });
        JsonNode expected = jackson.readTree(jackson.writeValueAsString(plain));
        assertEquals(expected, jackson.readTree(json));
    }

    @Test
    void noStampsAreAnEmptyObject() {
        assertEquals("{}", JsonColumns.stampsJson(Map.of()));
        assertEquals(Map.of(), JsonColumns.stamps("{}"));
    }
}
