package org.griddesk.platform.service;

import java.util.List;

/** Who is calling, as established by a device token or a sign-in. */
public record Session(String username, Role role, List<String> grids) {
    public Session {
        grids = List.copyOf(grids);
    }
}
