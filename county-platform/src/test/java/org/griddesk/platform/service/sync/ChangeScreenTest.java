package org.griddesk.platform.service.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;
import org.junit.jupiter.api.Test;

class ChangeScreenTest {
    private static final String HLC = "1760000000000:0000:dev";
    private final ChangeScreen screen = new ChangeScreen();

    @Test
    void nulCharactersAnywhereAndOverlongIdsAreScreenedOut() {
        assertTrue(screen.problem(change("a", Map.of("title", "ok", "tags", List.of("x")))).isEmpty());
        assertTrue(screen.problem(change("a", Map.of("title", "a\0b"))).isPresent());
        assertTrue(screen.problem(change("a", Map.of("t\0", "x"))).isPresent());
        assertTrue(screen.problem(change("a", Map.of("tags", List.of("x", "\0")))).isPresent());
        assertTrue(screen.problem(change("a", Map.of("location", Map.of("lon", "\0")))).isPresent());
        assertTrue(screen.problem(change("x".repeat(201), Map.of())).isPresent());
    }

    @Test
    void screenedChangesGetTheirRejectionInRequestOrder() {
        List<Change> all = List.of(change("a", Map.of()), change("b", Map.of("n", "\0")), change("c", Map.of()));
        List<ChangeResult> judged = List.of(new ChangeResult("a", "applied", 1, null, List.of(), null),
                new ChangeResult("c", "applied", 1, null, List.of(), null));

        List<ChangeResult> results = screen.interleave(all, judged);

        assertEquals(List.of("a", "b", "c"), results.stream().map(ChangeResult::id).toList());
        assertEquals(List.of("applied", "rejected", "applied"), results.stream().map(ChangeResult::status).toList());
        assertEquals("invalid_change", results.get(1).error().code());
    }

    private static Change change(String id, Map<String, Object> set) {
        return new Change("issue", id, 0, set, false, HLC);
    }
}
