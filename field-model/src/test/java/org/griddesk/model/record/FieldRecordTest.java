package org.griddesk.model.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldRecordTest {

    @Test
    void holdsJsonLikeValuesIncludingNull() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("address", "万州区高笋塘街道 1 号");
        fields.put("houseNo", null);
        fields.put("tags", List.of("空巢"));
        fields.put("location", new Location(108.38, 30.81));
        fields.put("members", 3);
        fields.put("verified", true);
        FieldRecord record = FieldRecord.created(RecordType.HOUSEHOLD, "id-1", fields);
        assertTrue(record.fields().containsKey("houseNo"), "null means cleared and is kept");
        assertEquals(Optional.of("万州区高笋塘街道 1 号"), record.string("address"));
        assertEquals(Optional.empty(), record.string("members"));
        assertEquals(0, record.rev());
    }

    @Test
    void refusesNestedValues() {
        assertThrows(IllegalArgumentException.class, () -> FieldRecord.created(RecordType.RESIDENT, "id",
                Map.of("answers", Map.of("q1", "yes"))));
        assertThrows(IllegalArgumentException.class, () -> FieldRecord.created(RecordType.RESIDENT, "id",
                Map.of("tags", List.of(1, 2))));
        assertThrows(IllegalArgumentException.class, () -> FieldRecord.created(RecordType.RESIDENT, "id",
                Map.of("score", Double.NaN)));
    }

    @Test
    void cannotBeChangedBehindItsBack() {
        List<String> tags = new ArrayList<>(List.of("a"));
        Map<String, Object> fields = new HashMap<>(Map.of("tags", tags));
        FieldRecord record = FieldRecord.created(RecordType.RESIDENT, "id", fields);
        tags.add("b");
        fields.put("name", "x");
        assertEquals(List.of("a"), record.fields().get("tags"));
        assertEquals(1, record.fields().size());
        assertThrows(UnsupportedOperationException.class, () -> record.fields().put("name", "y"));
        FieldRecord renamed = record.with("name", "张三");
        assertEquals(Optional.of("张三"), renamed.string("name"));
        assertEquals(Optional.empty(), record.string("name"));
    }

    @Test
    void aLocationArrivingAsAMapBecomesALocation() {
        FieldRecord record = FieldRecord.created(RecordType.HOUSEHOLD, "id",
                Map.of("location", Map.of("lon", 108.4, "lat", 30.8)));
        assertEquals(new Location(108.4, 30.8), record.fields().get("location"));
        assertEquals(Map.of("lon", 108.4, "lat", 30.8), new Location(108.4, 30.8).toWire());
        assertThrows(IllegalArgumentException.class, () -> FieldRecord.created(RecordType.HOUSEHOLD, "id",
                Map.of("location", Map.of("lon", 108.4, "lat", 30.8, "alt", 200))));
        assertEquals(Optional.empty(), Location.fromWire(Map.of("lon", "108.4", "lat", 30.8)));
        assertEquals(Optional.empty(), Location.fromWire(Map.of("lon", 200, "lat", 30.8)));
    }

    @Test
    void locationStaysOnTheGlobe() {
        assertThrows(IllegalArgumentException.class, () -> new Location(181, 30));
        assertThrows(IllegalArgumentException.class, () -> new Location(108, -91));
        assertThrows(IllegalArgumentException.class, () -> new Location(Double.NaN, 30));
    }

    @Test
    void wireNamesRoundTrip() {
        for (RecordType type : RecordType.values()) {
            assertEquals(Optional.of(type), RecordType.fromWireName(type.wireName()));
        }
        assertEquals("form_template", RecordType.FORM_TEMPLATE.wireName());
        assertEquals(Optional.empty(), RecordType.fromWireName("Household"));
    }
}
