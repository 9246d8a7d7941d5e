package org.griddesk.desktop.service.issues;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where an issue stands: 上报 → 受理 → 处置中 → 办结 → 归档, or 退回 (with a reason) from any open step. A returned
 * issue can be reported again once the worker has fixed what the reason asked for.
 */
public enum IssueStatus {
    REPORTED("reported"),
    ACCEPTED("accepted"),
    IN_PROGRESS("in_progress"),
    RESOLVED("resolved"),
    ARCHIVED("archived"),
    RETURNED("returned");

    private final String code;

    IssueStatus(String code) {
        this.code = code;
    }

    /** The value stored in the {@code status} field. */
    public String code() {
        return code;
    }

    public static Optional<IssueStatus> fromCode(Object code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }

    public Set<IssueStatus> next() {
        return switch (this) {
            case REPORTED -> EnumSet.of(ACCEPTED, RETURNED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, RETURNED);
            case IN_PROGRESS -> EnumSet.of(RESOLVED, RETURNED);
            case RESOLVED -> EnumSet.of(ARCHIVED);
            case RETURNED -> EnumSet.of(REPORTED);
            case ARCHIVED -> EnumSet.noneOf(IssueStatus.class);
        };
    }

    public boolean canMoveTo(IssueStatus target) {
        return next().contains(target);
    }

    /** A return must say why, so the worker knows what to fix. */
    public boolean needsReason() {
        return this == RETURNED;
    }
}
