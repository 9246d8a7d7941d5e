package org.griddesk.sync.store;

import org.griddesk.sync.merge.Conflict;
import org.griddesk.sync.record.RecordKey;

/** A conflict the platform reported for one of this device's changes, kept to show the worker. */
public record LocalConflict(RecordKey record, long rev, Conflict conflict) {
}
