package org.griddesk.platform.service.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;
import org.junit.jupiter.api.Test;

class ChangeScreenTest {
    private static final String HLC = "1760000000000:0000:dev";
    private static final String A = "01900000-0000-7000-8000-00000000000a";
    private static final String B = "01900000-0000-7000-8000-00000000000b";
    private static final String C = "01900000-0000-7000-8000-00000000000c";
    private final ChangeScreen screen = new ChangeScreen();

    @Test
    void nulCharactersAnywhereAndOverlongIdsAreScreenedOut() {
        assertTrue(screen.problem(change(A, Map.of("title", "ok", "tags", List.of("x")))).isEmpty());
        assertEquals("invalid_change", code(change(A, Map.of("title", "a\0b"))));
        assertEquals("invalid_change", code(change(A, Map.of("t\0", "x"))));
        assertEquals("invalid_change", code(change(A, Map.of("tags", List.of("x", "\0")))));
        assertEquals("invalid_field", code(change(A, Map.of("location", Map.of("lon", "\0")))));
        assertEquals("invalid_field", code(change("x".repeat(201), Map.of())));
    }

    @Test
    void idsAreUuidsAndFieldNamesAreProtocolNames() {
        for (String id : List.of("a", "1' OR '1'='1", "../../etc/passwd", "{}", "0190-0000", "\u0007bell")) {
            assertEquals("invalid_field", code(change(id, Map.of())), id);
        }
        for (String name : List.of("", "x".repeat(65), "a b", "title'--", "../x", "名字", "_x", "a\u001fb")) {
            assertEquals("invalid_field", code(change(A, Map.of(name, "v"))), name);
        }
        assertTrue(screen.problem(change(A, Map.of("householdId", "v", "tag_2", "w"))).isEmpty());
        assertEquals("invalid_change", code(new Change("issue'; DROP TABLE records --", A, 0, Map.of(), false, HLC)));
    }

    @Test
    void valuesOfNoFieldsShapeAreInvalidFieldsNotFailures() {
        assertEquals("invalid_field", code(change(A, Map.of("title", Map.of("nested", "object")))));
        assertEquals("invalid_field", code(change(A, Map.of("tags", List.of(1, 2, 3)))));
        assertEquals("invalid_field", code(change(A, Map.of("tags", List.of(List.of("x"))))));
        assertEquals("invalid_field", code(change(A, Map.of("location", Map.of("lon", 500.0, "lat", 30.0)))));
        assertEquals("invalid_field", code(change(A, Map.of("title", "长".repeat(FieldShapes.MAX_TEXT_LENGTH + 1)))));
        assertTrue(screen.problem(change(A, Map.of("location", Map.of("lon", 108.4, "lat", 30.8)))).isEmpty());
    }

    @Test
    void aValueNestedAThousandDeepIsRefusedWithoutRecursion() {
        Map<String, Object> deep = new HashMap<>();
        Map<String, Object> inner = deep;
        for (int level = 0; level < 100_000; level++) {
            Map<String, Object> next = new HashMap<>();
            inner.put("a", next);
            inner = next;
        }
        assertEquals("invalid_field", code(change(A, Map.of("title", deep))));
        assertEquals("invalid_field", code(new Change("application", A, 0, Map.of("answers", deep), false, HLC)));
        List<Object> list = new ArrayList<>();
        List<Object> innerList = list;
        for (int level = 0; level < 100_000; level++) {
            List<Object> next = new ArrayList<>();
            innerList.add(next);
            innerList = next;
        }
        assertEquals("invalid_field", code(new Change("application", A, 0, Map.of("answers", list), false, HLC)));
    }

    @Test
    void anApplicationsAnswersMayNestAsAFormDoes() {
        Map<String, Object> answers = Map.of("household", Map.of("members", List.of(Map.of("name", "张三"),
                Map.of("name", "李四"))), "reason", "生活困难");
        assertTrue(screen.problem(new Change("application", A, 0, Map.of("answers", answers), false, HLC)).isEmpty());
        assertEquals("invalid_field", code(change(A, Map.of("answers", answers))), "only an application's answers");
    }

    @Test
    void screenedChangesGetTheirRejectionInRequestOrder() {
        List<Change> all = List.of(change(A, Map.of()), change(B, Map.of("n", "\0")), change(C, Map.of()));
        List<ChangeResult> judged = List.of(new ChangeResult(A, "applied", 1, null, List.of(), null),
                new ChangeResult(C, "applied", 1, null, List.of(), null));

        List<ChangeResult> results = screen.interleave(all, judged);

        assertEquals(List.of(A, B, C), results.stream().map(ChangeResult::id).toList());
        assertEquals(List.of("applied", "rejected", "applied"), results.stream().map(ChangeResult::status).toList());
        assertEquals("invalid_change", results.get(1).error().code());
    }

    private String code(Change change) {
        return screen.problem(change).orElseThrow(() -> new AssertionError("not screened: " + change.id()))
                .code();
    }

    private static Change change(String id, Map<String, Object> set) {
        return new Change("issue", id, 0, set, false, HLC);
    }
}
