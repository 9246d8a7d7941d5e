package org.griddesk.sync.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.griddesk.sync.wire.WireMapper;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

    private final ObjectMapper mapper = WireMapper.create();

    @Test
    void numbersCompareByValueWhateverTheirJavaType() {
        assertTrue(FieldValues.same(1, 1L));
        assertTrue(FieldValues.same(1, 1.0));
        assertTrue(FieldValues.same(new BigDecimal("2.50"), 2.5));
        assertEquals(12345678901234L, FieldValues.normalize(new BigDecimal("12345678901234.000")));
        assertNotEquals(FieldValues.normalize(1), FieldValues.normalize(1.5));
    }

    @Test
    void locationsAreEqualAfterAJsonRoundTripInAnyKeyOrder() throws Exception {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("lon", 116);
        location.put("lat", 39.9);
        Map<String, Object> back = mapper.readValue("{\"lat\":39.90,\"lon\":116.0}", new TypeReference<>() { });
        assertEquals(FieldValues.normalize(location), FieldValues.normalize(back));
    }

    @Test
    void aRecordSurvivesAJsonRoundTripUnchanged() throws Exception {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", "张三");
        fields.put("age", 70);
        fields.put("phone", null);
        fields.put("tags", List.of("低保", "独居"));
        fields.put("location", Map.of("lon", 106.55, "lat", 29.56));
        SyncRecord record = new SyncRecord("resident", "r1", fields, 3, false);
        String json = mapper.writeValueAsString(record.fields());
        Map<String, Object> parsed = mapper.readValue(json, new TypeReference<>() { });
        assertEquals(record, new SyncRecord("resident", "r1", parsed, 3, false));
    }

    @Test
    void nullValuesAreKept() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("phone", null);
        SyncRecord record = new SyncRecord("resident", "r1", fields, 1, false);
        assertTrue(record.fields().containsKey("phone"));
        assertNull(record.field("phone"));
    }

    @Test
    void nonJsonValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FieldValues.normalize(new Object()));
        assertThrows(IllegalArgumentException.class, () -> FieldValues.normalize(Double.NaN));
    }

    @Test
    @SuppressWarnings("unchecked")
    void normalisedValuesCannotBeModified() {
        Object list = FieldValues.normalize(List.of("a"));
        assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) list).add("b"));
    }
}
