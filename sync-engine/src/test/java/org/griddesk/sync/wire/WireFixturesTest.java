package org.griddesk.sync.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.Conflict;
import org.griddesk.sync.record.SyncRecord;
import org.junit.jupiter.api.Test;

/** Each wire object against a fixture file, both ways, so the format cannot drift unnoticed. */
class WireFixturesTest {

    private final ObjectMapper mapper = WireMapper.create();

    @Test
    void pushRequest() throws IOException {
        PushRequest request = roundTrip("push-request.json", PushRequest.class);
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("phone", "13800000000");
        set.put("tags", List.of("独居", "低保"));
        set.put("notes", null);
        Change first = new Change("resident", "0190c1a2-0000-7000-8000-000000000001", 4, set, false,
                "1760000000123:0002:laptop-7f3a");
        assertEquals("laptop-7f3a", request.deviceId());
        assertEquals(SyncProtocol.SCHEMA_VERSION, request.schemaVersion());
        assertEquals(first, request.changes().get(0));
        assertEquals(Map.of("lon", 106.55, "lat", 29.56), request.changes().get(1).set().get("location"));
    }

    @Test
    void change() throws IOException {
        Change change = roundTrip("change.json", Change.class);
        assertEquals(new Change("household", "0190c1a2-0000-7000-8000-000000000003", 9, Map.of(), true,
                "1760000000200:0000:laptop-7f3a"), change);
    }

    @Test
    void aFieldSetToNullIsWrittenOutAsNull() throws IOException {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("phone", null);
        JsonNode json = mapper.valueToTree(new Change("resident", "r1", 1, set, false, "0000000000001:0000:d"));
        assertTrue(json.get("set").has("phone"));
        assertTrue(json.get("set").get("phone").isNull());
    }

    @Test
    void pushResponse() throws IOException {
        PushResponse response = roundTrip("push-response.json", PushResponse.class);
        ChangeResult conflict = response.results().get(0);
        assertEquals("conflict", conflict.status());
        assertEquals(new SyncRecord("resident", "0190c1a2-0000-7000-8000-000000000001",
                Map.of("name", "张三", "phone", "13800000000"), 6, false), WireConversions.toRecord(conflict.record()));
        ChangeResult rejected = response.results().get(1);
        assertEquals(new ErrorDetail("invalid_field", "身份证号校验位错误"), rejected.error());
        assertNull(rejected.record());
    }

    @Test
    void changeResult() throws IOException {
        ChangeResult result = roundTrip("change-result.json", ChangeResult.class);
        assertEquals("applied", result.status());
        assertEquals(1, result.rev());
        assertEquals("500101001001", result.record().fields().get("grid"));
        assertTrue(result.conflicts().isEmpty());
    }

    @Test
    void changesPage() throws IOException {
        ChangesPage page = roundTrip("changes-page.json", ChangesPage.class);
        assertEquals(42, page.next());
        assertTrue(page.hasMore());
        PulledRecord household = page.records().get(0);
        assertEquals(41, household.seq());
        assertFalse(household.leftScope());
        assertEquals(Hlc.parse("1760000000400:0001:laptop-22b1"), Hlc.parse(household.hlc()));
        assertTrue(page.records().get(1).leftScope());
    }

    @Test
    void errorBody() throws IOException {
        ErrorBody body = roundTrip("error-body.json", ErrorBody.class);
        assertEquals(ErrorBody.of(ErrorCodes.SCHEMA_TOO_OLD, "请更新 GridDesk 后再同步"), body);
    }

    @Test
    void conflict() throws IOException {
        ConflictBody body = roundTrip("conflict.json", ConflictBody.class);
        Conflict conflict = WireConversions.toConflict(body);
        assertEquals(Conflict.Kept.THEIRS, conflict.kept());
        assertEquals(Map.of("lon", 106.49, "lat", 29.48), conflict.keptValue());
        assertEquals(Hlc.parse("1760000000500:0000:laptop-7f3a"), conflict.mineHlc());
        assertEquals(mapper.readTree(resource("conflict.json")), mapper.valueToTree(WireConversions.toBody(conflict)));
    }

    @Test
    void unknownPropertiesFromANewerPlatformAreIgnored() throws IOException {
        String json = "{\"records\":[],\"next\":7,\"hasMore\":false,\"serverTime\":\"2026-11-21T10:00:00Z\"}";
        assertEquals(new ChangesPage(List.of(), 7, false), mapper.readValue(json, ChangesPage.class));
    }

    private <T> T roundTrip(String fixture, Class<T> type) throws IOException {
        JsonNode expected = mapper.readTree(resource(fixture));
        T parsed = mapper.treeToValue(expected, type);
        assertEquals(expected, mapper.readTree(mapper.writeValueAsBytes(parsed)), fixture + " changed on the way back");
        return parsed;
    }

    private static InputStream resource(String fixture) {
        InputStream in = WireFixturesTest.class.getResourceAsStream("/wire/" + fixture);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + fixture);
        }
        return in;
    }
}
