package org.griddesk.platform.service.review;

import java.util.List;

/** Changes of these fields of a record type, and (if {@code onNew}) every new record of it, need review. */
public record ReviewRule(String recordType, List<String> fields, boolean onNew) {
    public ReviewRule {
        fields = List.copyOf(fields);
    }
}
