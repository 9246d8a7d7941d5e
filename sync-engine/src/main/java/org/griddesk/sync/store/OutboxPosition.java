package org.griddesk.sync.store;

import java.util.Objects;
import org.griddesk.sync.record.RecordKey;

/** Where an outbox entry stands and whose edit it is, without the edit: what walking the outbox in seq order needs. */
public record OutboxPosition(long seq, RecordKey record) {

    public OutboxPosition {
        Objects.requireNonNull(record, "record");
    }
}
