package org.griddesk.model.record;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of synced records, with the names the wire format uses for them. */
public enum RecordType {
    GRID("grid"),
    HOUSEHOLD("household"),
    RESIDENT("resident"),
    VISIT("visit"),
    ISSUE("issue"),
    APPLICATION("application"),
    FORM_TEMPLATE("form_template"),
    SERVICE_RATING("service_rating");

    private final String wireName;

    RecordType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<RecordType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
