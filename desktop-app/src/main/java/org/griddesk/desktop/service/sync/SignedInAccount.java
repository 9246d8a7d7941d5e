package org.griddesk.desktop.service.sync;

import java.util.List;

/** Who this device is signed in as on which platform (the token itself stays in {@link SyncAccountStore}). */
public record SignedInAccount(String platformUrl, String username, String role, List<String> grids) {

    public SignedInAccount {
        grids = List.copyOf(grids);
    }
}
