package org.griddesk.desktop.store.sync;

import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.RecordSyncStatus;

/** A record the platform rejected or reported in conflict, with the reason it gave. */
public record TroubledRecord(RecordKey key, RecordSyncStatus status) {
}
