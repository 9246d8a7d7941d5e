package org.griddesk.desktop.service.applications;

import java.util.List;
import java.util.OptionalInt;

/** A resident as the 代办 workspace lists them: the identity number only masked. */
public record ResidentSummary(String id, String name, String maskedIdNumber, OptionalInt age, List<String> tags,
                              String grid) {

    public ResidentSummary {
        tags = List.copyOf(tags);
    }
}
