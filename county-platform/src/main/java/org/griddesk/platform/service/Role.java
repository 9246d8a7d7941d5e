package org.griddesk.platform.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

public enum Role {
    WORKER, SUPERVISOR, ADMIN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.wireName().equals(text)) {
                return role;
            }
        }
        throw new InvalidInputException("Unknown role '" + text + "'; expected one of " + Arrays.stream(values())
                .map(Role::wireName).collect(Collectors.joining(", ")));
    }
}
