package org.griddesk.sync.merge;

import static org.griddesk.sync.record.SyncRecord.DELETED_FIELD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;

/**
 * The three-way field merge, shared by the platform (judging a push) and the device (rebasing its
 * pending edits on a pulled record), so both sides agree on what a record looks like.
 *
 * <p>Per field in a pushed change: (1) nobody else changed it since the device's base revision: apply;
 * (2) the incoming value equals the current one: nothing to do; (3) otherwise a conflict: the later HLC
 * stays in the record and the other value is kept in a {@link Conflict}. A delete against a concurrent
 * edit, and an edit against a concurrent delete, are conflicts too; in both the record stays.
 */
public final class FieldMerger {

    public MergeOutcome merge(ServerRecord current, IncomingChange change, BaseValues baseValues) {
        if (current == null) {
            return create(change);
        }
        if (!current.key().equals(change.key())) {
            throw new IllegalArgumentException("change for " + change.key() + " merged into " + current.key());
        }
        Draft draft = new Draft(current, change);
        draft.reviveIfDeleted(baseValues);
        change.set().forEach((field, value) -> draft.applyField(field, value, baseValues));
        if (change.delete()) {
            draft.applyDelete(baseValues);
        }
        return draft.outcome();
    }

    /** The device's local view: the pulled (or last known) record with pending edits laid on top in order. */
    public SyncRecord rebase(SyncRecord base, RecordKey key, List<PendingEdit> pending) {
        SyncRecord start = base == null ? SyncRecord.empty(key) : base;
        Map<String, Object> fields = new HashMap<>(start.fields());
        boolean deleted = start.deleted();
        for (PendingEdit edit : pending) {
            if (DELETED_FIELD.equals(edit.field())) {
                deleted = edit.isDelete();
            } else {
                fields.put(edit.field(), edit.value());
                deleted = false; // an edit of a deleted record brings it back, as on the platform
            }
        }
        return new SyncRecord(key.type(), key.id(), fields, start.rev(), deleted);
    }

    private static MergeOutcome create(IncomingChange change) {
        FieldStamp stamp = new FieldStamp(1, change.hlc(), change.author());
        Map<String, FieldStamp> stamps = new TreeMap<>();
        change.set().keySet().forEach(field -> stamps.put(field, stamp));
        if (change.delete()) {
            stamps.put(DELETED_FIELD, stamp);
        }
        ServerRecord created = new ServerRecord(change.type(), change.id(), 1, change.set(), change.delete(), stamps);
        return new MergeOutcome(created, ResultStatus.APPLIED, List.of(), true);
    }

    /** The record being rebuilt while one change is judged. */
    private static final class Draft {
        private final ServerRecord current;
        private final IncomingChange change;
        private final FieldStamp mine;
        private final Map<String, Object> fields;
        private final Map<String, FieldStamp> stamps;
        private final List<Conflict> conflicts = new ArrayList<>();
        private boolean deleted;
        private boolean changed;

        Draft(ServerRecord current, IncomingChange change) {
            this.current = current;
            this.change = change;
            this.mine = new FieldStamp(current.rev() + 1, change.hlc(), change.author());
            this.fields = new TreeMap<>(current.fields());
            this.stamps = new TreeMap<>(current.stamps());
            this.deleted = current.deleted();
        }

        void reviveIfDeleted(BaseValues baseValues) {
            if (!deleted || change.set().isEmpty()) {
                return;
            }
            FieldStamp deletion = stamps.get(DELETED_FIELD);
            if (deletion != null && deletion.isConcurrentWith(change)) {
                conflicts.add(conflict(DELETED_FIELD, Boolean.FALSE, Boolean.FALSE, Boolean.TRUE,
                        Conflict.Kept.MINE, deletion));
            }
            deleted = false;
            stamps.put(DELETED_FIELD, mine);
            changed = true;
        }

        void applyField(String field, Object value, BaseValues baseValues) {
            Object present = fields.get(field);
            if (Objects.equals(present, value)) {
                return;
            }
            FieldStamp theirs = stamps.get(field);
            if (theirs == null || !theirs.isConcurrentWith(change)) {
                put(field, value);
                return;
            }
            boolean mineWins = change.hlc().isAfter(theirs.hlc());
            conflicts.add(conflict(field, baseValues.valueAt(field), value, present,
                    mineWins ? Conflict.Kept.MINE : Conflict.Kept.THEIRS, theirs));
            if (mineWins) {
                put(field, value);
            }
        }

        void applyDelete(BaseValues baseValues) {
            if (deleted) {
                return;
            }
            FieldStamp concurrentEdit = current.stamps().entrySet().stream()
                    .filter(entry -> !DELETED_FIELD.equals(entry.getKey()))
                    .map(Map.Entry::getValue)
                    .filter(stamp -> stamp.isConcurrentWith(change))
                    .max((a, b) -> a.hlc().compareTo(b.hlc()))
                    .orElse(null);
            if (concurrentEdit != null) {
                conflicts.add(conflict(DELETED_FIELD, Boolean.FALSE, Boolean.TRUE, Boolean.FALSE,
                        Conflict.Kept.THEIRS, concurrentEdit));
                return;
            }
            deleted = true;
            stamps.put(DELETED_FIELD, mine);
            changed = true;
        }

        MergeOutcome outcome() {
            long rev = changed ? mine.rev() : current.rev();
            ServerRecord next = new ServerRecord(current.type(), current.id(), rev, fields, deleted, stamps);
            ResultStatus status = !conflicts.isEmpty() ? ResultStatus.CONFLICT
                    : current.rev() > change.baseRev() ? ResultStatus.MERGED : ResultStatus.APPLIED;
            return new MergeOutcome(next, status, conflicts, changed);
        }

        private void put(String field, Object value) {
            fields.put(field, value);
            stamps.put(field, mine);
            changed = true;
        }

        private Conflict conflict(String field, Object base, Object mineValue, Object theirsValue,
                                  Conflict.Kept kept, FieldStamp theirs) {
            return new Conflict(field, base, mineValue, theirsValue, kept,
                    change.author(), theirs.author(), change.hlc(), theirs.hlc());
        }
    }
}
