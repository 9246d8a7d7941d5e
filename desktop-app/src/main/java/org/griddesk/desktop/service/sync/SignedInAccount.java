package org.griddesk.desktop.service.sync;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who this device is signed in as on which platform (the token itself stays in {@link SyncAccountStore}).
 * {@code gridNames} holds the names the platform gave for the grids, by code; a grid may have none.
 */
public record SignedInAccount(String platformUrl, String username, String role, List<String> grids,
                              Map<String, String> gridNames) {

    public SignedInAccount {
        grids = List.copyOf(grids);
        gridNames = Map.copyOf(gridNames);
    }

    /** An account whose grids are known by code only, as signed in before platforms sent names. */
    public SignedInAccount(String platformUrl, String username, String role, List<String> grids) {
        this(platformUrl, username, role, grids, Map.of());
    }

    /** Supervisors and administrators review what comes in (the 审核 workspace); workers do not. */
    public boolean reviews() {
        return reviews(role);
    }

    public static boolean reviews(String role) {
        return "supervisor".equals(role) || "admin".equals(role);
    }

    public Optional<String> gridName(String code) {
        return Optional.ofNullable(gridNames.get(code));
    }
}
