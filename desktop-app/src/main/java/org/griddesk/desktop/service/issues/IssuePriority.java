package org.griddesk.desktop.service.issues;

import java.util.Arrays;
import java.util.Optional;

/** How urgent an issue is; the code is what the {@code priority} field holds. */
public enum IssuePriority {
    LOW("low"),
    NORMAL("normal"),
    HIGH("high"),
    URGENT("urgent");

    private final String code;

    IssuePriority(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<IssuePriority> fromCode(Object code) {
        return Arrays.stream(values()).filter(priority -> priority.code.equals(code)).findFirst();
    }
}
