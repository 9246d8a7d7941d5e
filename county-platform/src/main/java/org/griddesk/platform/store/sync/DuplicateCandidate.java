package org.griddesk.platform.store.sync;

/** Another live resident of the county holding the same identity number, and its household. */
public record DuplicateCandidate(String residentId, String householdId) {
}
