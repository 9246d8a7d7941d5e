package org.griddesk.sync.store;

import java.util.Objects;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.PendingEdit;
import org.griddesk.sync.record.FieldValues;
import org.griddesk.sync.record.RecordKey;

/**
 * One local edit in the append-only outbox: (record, field, value, hlc), plus the base revision the
 * edit was made on, so the platform can tell which newer server changes the worker never saw.
 */
public record OutboxEntry(long seq, RecordKey record, String field, Object value, Hlc hlc, long baseRev) {

    public OutboxEntry {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(hlc, "hlc");
        value = FieldValues.normalize(value);
    }

    public PendingEdit toEdit() {
        return new PendingEdit(field, value);
    }
}
