package org.griddesk.platform.store;

import java.util.List;

public record StoredAccount(String countyCode, String username, String role, String passwordHash,
                            boolean disabled, List<String> grids) {
}
