package org.griddesk.sync.server;

import java.util.Objects;

/** What the platform's validation says about a proposed record state. */
public record ChangeVerdict(Kind kind, String code, String message) {

    public enum Kind { ACCEPT, DUPLICATE, REJECT }

    public static final ChangeVerdict ACCEPTED = new ChangeVerdict(Kind.ACCEPT, null, null);

    public ChangeVerdict {
        Objects.requireNonNull(kind, "kind");
    }

    /** Accepted, but flagged as a possible duplicate for a person to merge. */
    public static ChangeVerdict duplicate(String message) {
        return new ChangeVerdict(Kind.DUPLICATE, "duplicate", message);
    }

    public static ChangeVerdict reject(String code, String message) {
        return new ChangeVerdict(Kind.REJECT, Objects.requireNonNull(code), message);
    }
}
