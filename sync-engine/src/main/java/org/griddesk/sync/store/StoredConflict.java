package org.griddesk.sync.store;

import org.griddesk.sync.merge.Conflict;
import org.griddesk.sync.record.RecordKey;

/** An open conflict on the platform, waiting for a person to resolve it in the review queue. */
public record StoredConflict(RecordKey record, long rev, Conflict conflict) {
}
