package org.griddesk.sync.store;

import org.griddesk.sync.merge.ServerRecord;

/** A record's latest state together with the global change sequence number of that state. */
public record SequencedRecord(long seq, ServerRecord record) {
}
