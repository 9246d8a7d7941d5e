package org.griddesk.desktop.service.applications;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an application stands. The worker's device moves it from draft to submitted only; the decisions are set on
 * the platform and arrive by sync.
 */
public enum ApplicationStatus {
    DRAFT("draft"),
    SUBMITTED("submitted"),
    ACCEPTED("accepted"),
    APPROVED("approved"),
    REJECTED("rejected"),
    NEEDS_MATERIALS("needs_materials"),
    /** Sent back by a supervisor with a comment: the worker corrects it and submits it again. */
    RETURNED("returned");

    private final String code;

    ApplicationStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** A decision the resident should be told about. */
    public boolean isDecision() {
        return this == APPROVED || this == REJECTED || this == NEEDS_MATERIALS || this == RETURNED;
    }

    public static Optional<ApplicationStatus> fromCode(Object code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(String.valueOf(code))).findFirst();
    }
}
