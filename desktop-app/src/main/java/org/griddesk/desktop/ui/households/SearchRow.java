package org.griddesk.desktop.ui.households;

/** One search result: a resident with masked numbers and the household to open. */
public record SearchRow(String residentId, String householdId, String name, String maskedIdNumber, String address) {
}
