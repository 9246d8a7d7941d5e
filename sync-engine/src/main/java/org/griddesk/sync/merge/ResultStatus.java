package org.griddesk.sync.merge;

import java.util.Locale;

/** The judgement of one pushed change, named as on the wire. */
public enum ResultStatus {
    APPLIED, MERGED, CONFLICT, DUPLICATE, REJECTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResultStatus fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Whether the platform took the change in (its values are now in the record or in a conflict). */
    public boolean isAccepted() {
        return this != REJECTED;
    }
}
