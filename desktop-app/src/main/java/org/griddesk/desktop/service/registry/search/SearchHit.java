package org.griddesk.desktop.service.registry.search;

/** One line of a search result, safe to show in a list: identity and phone numbers are masked. */
public record SearchHit(String residentId, String name, String maskedIdNumber, String maskedPhone,
                        String address, String householdId, MatchKind matchKind) {
}
