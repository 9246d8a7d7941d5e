package org.griddesk.sync.merge;

import java.util.Objects;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.record.FieldValues;

/**
 * Two concurrent values of one field. "Mine" is the pushing device's value, "theirs" the value the
 * platform held; {@code kept} says which one stayed in the record. The other one lives on here, so
 * nothing is ever discarded. The field {@code _deleted} stands for a delete against an edit.
 */
public record Conflict(String field, Object base, Object mine, Object theirs, Kept kept,
                       String mineAuthor, String theirsAuthor, Hlc mineHlc, Hlc theirsHlc) {

    public enum Kept { MINE, THEIRS }

    public Conflict {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kept, "kept");
        base = FieldValues.normalize(base);
        mine = FieldValues.normalize(mine);
        theirs = FieldValues.normalize(theirs);
    }

    public Object keptValue() {
        return kept == Kept.MINE ? mine : theirs;
    }

    public Object otherValue() {
        return kept == Kept.MINE ? theirs : mine;
    }
}
