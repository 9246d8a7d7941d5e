package org.griddesk.desktop.ui.households;

/** One household in the list: where it is, who heads it, how many live there and whether anyone needs care. */
public record HouseholdRow(String id, String address, String headName, int members, boolean needsCare) {
}
