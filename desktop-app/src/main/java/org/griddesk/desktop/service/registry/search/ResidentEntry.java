package org.griddesk.desktop.service.registry.search;

import java.util.Objects;

/**
 * What the search needs to know about one resident. The full numbers stay inside the index; they
 * leave it only masked, in a {@link SearchHit}.
 */
public record ResidentEntry(String id, String name, String idNumber, String phone, String address, String householdId) {

    public ResidentEntry {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
        idNumber = idNumber == null ? "" : idNumber.strip();
        phone = phone == null ? "" : phone.strip();
        address = address == null ? "" : address.strip();
    }

    @Override
    public String toString() {
        // Never print the full numbers, not even in a debugger's or a log's view of this object.
        return "ResidentEntry[id=" + id + ", householdId=" + householdId + "]";
    }
}
