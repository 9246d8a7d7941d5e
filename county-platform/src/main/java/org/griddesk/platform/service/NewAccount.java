package org.griddesk.platform.service;

import java.util.List;

/** An account to create; the password is a char array so the caller can wipe it afterwards. */
public record NewAccount(String username, String role, List<String> grids, char[] password) {
}
