package org.griddesk.platform.service.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.griddesk.platform.service.SignedInDevice;
import org.griddesk.platform.service.Role;
import org.griddesk.platform.service.Session;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.server.Caller;
import org.junit.jupiter.api.Test;

class GridScopeTest {
    private final GridScope scope = new GridScope();
    private final List<String> askedFormerGrids = new ArrayList<>();
    private final SyncCallers callers = new SyncCallers("500101", username -> {
        askedFormerGrids.add(username);
        return List.of("500101001002");
    });

    @Test
    void aWorkerReachesOnlyItsOwnGrids() {
        Caller worker = callers.of(device(Role.WORKER, "500101001001"));
        assertTrue(scope.allows(worker, record("issue", "500101001001")));
        assertFalse(scope.allows(worker, record("issue", "500101001002")));
        assertFalse(scope.allows(worker, record("issue", null)), "a record without grid belongs to nobody's grid");
    }

    @Test
    void gridCodesAreComparedWholeNotByTheirBeginning() {
        Caller worker = callers.of(device(Role.WORKER, "500101001001"));
        for (String grid : List.of("500101001001' OR 1=1 --", "5001010010011", "500101001001/../500101001002",
                "500101001001\n", "500101001001 ")) {
            assertFalse(scope.allows(worker, record("issue", grid)), grid);
        }
        Caller admin = callers.of(device(Role.ADMIN));
        assertFalse(scope.allows(admin, record("issue", "500101")), "the county itself is no grid");
        assertFalse(scope.allows(admin, record("issue", "500101' OR 1=1 --")));
        assertTrue(scope.allows(admin, record("issue", "500101001001")));
    }

    @Test
    void anAdministratorReachesTheWholeCountyAndNoOther() {
        Caller admin = callers.of(device(Role.ADMIN));
        assertEquals(Set.of("500101"), admin.scopes());
        assertTrue(scope.allows(admin, record("resident", "500101009009")));
        assertFalse(scope.allows(admin, record("resident", "500102001001")));
    }

    @Test
    void formTemplatesAreReadableByEveryone() {
        Caller worker = callers.of(device(Role.WORKER, "500101001001"));
        assertTrue(scope.allows(worker, record("form_template", null)));
    }

    @Test
    void theCallerIsTheTokensDeviceAndTheAccountIsTheAuthor() {
        Caller caller = callers.of(device(Role.SUPERVISOR, "500101001001", "500101001002"));
        assertEquals("laptop-1", caller.deviceId());
        assertEquals("chen", caller.author());
        assertEquals(Set.of("500101001001", "500101001002"), caller.scopes());
    }

    @Test
    void aGridTakenFromAWorkerOnlyCountsAsFormerlyAllowedWhenItPushes() {
        Caller pushing = callers.pushing(device(Role.WORKER, "500101001001"));
        assertEquals(Set.of("500101001001"), pushing.scopes());
        assertEquals(Set.of("500101001002"), pushing.formerScopes());
        assertEquals(List.of("chen"), askedFormerGrids);
        assertFalse(scope.allows(pushing, record("issue", "500101001002")), "a former grid is never read or written");
        assertTrue(scope.allowedFormerly(pushing, record("issue", "500101001002")));
        assertFalse(scope.allowedFormerly(pushing, record("issue", "500101001003")));
        assertFalse(scope.allowedFormerly(pushing, record("issue", null)));
        assertEquals(List.of("500101001001"), scope.announcedGrids(pushing));
    }

    @Test
    void aPullingCallerCarriesNoFormerGridsAndCostsNoQuery() {
        Caller pulling = callers.of(device(Role.WORKER, "500101001001"));
        assertTrue(pulling.formerScopes().isEmpty());
        assertFalse(scope.allowedFormerly(pulling, record("issue", "500101001002")));
        assertTrue(askedFormerGrids.isEmpty());
    }

    @Test
    void anAdministratorPushesWithTheWholeCountyAndNeedsNoFormerGrids() {
        Caller admin = callers.pushing(device(Role.ADMIN));
        assertEquals(Set.of("500101"), admin.scopes());
        assertTrue(admin.formerScopes().isEmpty());
        assertTrue(askedFormerGrids.isEmpty());
    }

    private static SignedInDevice device(Role role, String... grids) {
        return new SignedInDevice(new Session("chen", role, List.of(grids)), "laptop-1");
    }

    private static ServerRecord record(String type, String grid) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", "x");
        if (grid != null) {
            fields.put("grid", grid);
        }
        return new ServerRecord(type, "id-1", 1, fields, false, Map.of());
    }
}
