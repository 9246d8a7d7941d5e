package org.griddesk.desktop.service.registry.imports;

import java.util.Objects;

/** A resident already in the store, found by identity number: a re-import updates it instead of adding a copy. */
public record ExistingResident(String residentId, String householdId) {

    public ExistingResident {
        Objects.requireNonNull(residentId, "residentId");
    }
}
