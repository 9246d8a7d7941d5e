package org.griddesk.desktop.service.today;

import java.util.Set;

/**
 * Who 今日 is for: the signed-in user name (null before the first sign-in) and the account's grids (empty before
 * the first sign-in: then everything on the device is the worker's).
 */
public record TodayAccount(String username, Set<String> grids) {

    public TodayAccount {
        grids = Set.copyOf(grids);
    }

    public static TodayAccount nobody() {
        return new TodayAccount(null, Set.of());
    }

    /** A record without a grid yet (logged before the first sign-in) is the worker's own. */
    boolean covers(Object grid) {
        String code = grid == null ? "" : grid.toString();
        return grids.isEmpty() || code.isBlank() || grids.contains(code);
    }
}
