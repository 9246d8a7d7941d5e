package org.griddesk.sync.merge;

import static org.griddesk.sync.record.SyncRecord.DELETED_FIELD;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A change the platform may not apply (its record left the pushing worker's scope) but must not lose: each
 * value that differs from the record becomes a {@link Conflict} that keeps the record's value, so the people
 * now holding the record decide. A delete becomes the same delete-against-edit conflict {@link FieldMerger}
 * makes ({@code _deleted}: base false, mine true).
 */
public final class ReviewOnlyMerge {

    private ReviewOnlyMerge() {
    }

    public static List<Conflict> conflicts(ServerRecord current, IncomingChange change, BaseValues baseValues) {
        Objects.requireNonNull(current, "current");
        List<Conflict> conflicts = new ArrayList<>();
        change.set().forEach((field, mine) -> {
            Object theirs = current.fields().get(field);
            if (!Objects.equals(theirs, mine)) {
                conflicts.add(conflict(field, baseValues.valueAt(field), mine, theirs, current.stamps().get(field),
                        change));
            }
        });
        if (change.delete() && !current.deleted()) {
            conflicts.add(conflict(DELETED_FIELD, Boolean.FALSE, Boolean.TRUE, Boolean.FALSE,
                    latestEdit(current), change));
        } else if (!change.delete() && current.deleted() && !change.set().isEmpty()) {
            // an edit of a record deleted meanwhile would revive it, as FieldMerger does: ask instead
            conflicts.add(conflict(DELETED_FIELD, Boolean.FALSE, Boolean.FALSE, Boolean.TRUE,
                    current.stamps().get(DELETED_FIELD), change));
        }
        return conflicts;
    }

    private static FieldStamp latestEdit(ServerRecord current) {
        return current.stamps().entrySet().stream()
                .filter(entry -> !DELETED_FIELD.equals(entry.getKey()))
                .map(Map.Entry::getValue)
                .max(Comparator.comparing(FieldStamp::hlc))
                .orElse(null);
    }

    private static Conflict conflict(String field, Object base, Object mine, Object theirs, FieldStamp theirsStamp,
                                     IncomingChange change) {
        return new Conflict(field, base, mine, theirs, Conflict.Kept.THEIRS, change.author(),
                theirsStamp == null ? null : theirsStamp.author(), change.hlc(),
                theirsStamp == null ? null : theirsStamp.hlc());
    }
}
