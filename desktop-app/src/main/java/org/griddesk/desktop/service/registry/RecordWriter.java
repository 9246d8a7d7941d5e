package org.griddesk.desktop.service.registry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.validation.FieldProblem;
import org.griddesk.model.validation.RecordValidator;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.store.DeviceStore;

/**
 * Every registry change goes through here: each touched record is validated as it would look afterwards,
 * and only when all are valid are the fields set through {@link LocalChanges} (the outbox journal), in one
 * transaction. The earlier values are kept so the last change can be undone the same way.
 */
final class RecordWriter {

    private static final int UNDO_DEPTH = 20;

    private final DeviceStore store;
    private final LocalChanges changes;
    private final RecordValidator validator;
    private final RegistryIndex index;
    private final Deque<UndoStep> undo = new ArrayDeque<>();

    RecordWriter(DeviceStore store, LocalChanges changes, RecordValidator validator, RegistryIndex index) {
        this.store = store;
        this.changes = changes;
        this.validator = validator;
        this.index = index;
    }

    /** The problems of the first edit that would leave its record invalid, or the saved records. */
    synchronized List<FieldProblem> apply(List<PlannedEdit> edits, List<FieldRecord> saved) {
        List<FieldRecord> after = new ArrayList<>();
        for (PlannedEdit edit : edits) {
            FieldRecord merged = merged(edit);
            List<FieldProblem> problems = validator.validate(merged);
            if (!problems.isEmpty()) {
                return problems;
            }
            after.add(merged);
        }
        List<UndoStep.Previous> previous = new ArrayList<>();
        for (PlannedEdit edit : edits) {
            Optional<FieldRecord> before = index.find(edit.type(), edit.id());
            Map<String, Object> values = new HashMap<>();
            edit.fields().keySet().forEach(f -> values.put(f, before.flatMap(r -> r.field(f)).orElse(null)));
            previous.add(new UndoStep.Previous(edit.type(), edit.id(), values, before.isEmpty()));
        }
        List<SyncRecord> written = new ArrayList<>();
        store.atomically(() -> edits.forEach(edit -> written.add(
                changes.set(key(edit), RecordConversion.toSyncFields(edit.fields())))));
        written.forEach(record -> RecordConversion.toFieldRecord(record).ifPresent(r -> {
            index.put(r);
            saved.add(r);
        }));
        remember(new UndoStep(previous));
        return List.of();
    }

    /** Writes records a dry run already validated, such as an import's; they are not undone one by one. */
    synchronized void writeValidated(List<PlannedEdit> edits) {
        List<SyncRecord> written = new ArrayList<>();
        store.atomically(() -> edits.forEach(edit -> written.add(
                changes.set(key(edit), RecordConversion.toSyncFields(edit.fields())))));
        written.forEach(record -> RecordConversion.toFieldRecord(record).ifPresent(index::put));
        undo.clear();
    }

    synchronized void delete(FieldRecord record) {
        SyncRecord[] written = new SyncRecord[1];
        store.atomically(() -> written[0] = changes.delete(new RecordKey(record.type().wireName(), record.id())));
        RecordConversion.toFieldRecord(written[0]).ifPresent(index::put);
        // what came before a delete cannot be re-set field by field; a delete is confirmed instead
        undo.clear();
    }

    synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Re-sets the values the last change replaced (a record it created is deleted); false if nothing to undo. */
    synchronized boolean undoLast() {
        UndoStep step = undo.pollFirst();
        if (step == null) {
            return false;
        }
        List<SyncRecord> written = new ArrayList<>();
        store.atomically(() -> {
            List<UndoStep.Previous> newestFirst = new ArrayList<>(step.records());
            java.util.Collections.reverse(newestFirst);
            for (UndoStep.Previous previous : newestFirst) {
                RecordKey key = new RecordKey(previous.type().wireName(), previous.id());
                written.add(previous.created() ? changes.delete(key)
                        : changes.set(key, RecordConversion.toSyncFields(previous.values())));
            }
        });
        written.forEach(record -> RecordConversion.toFieldRecord(record).ifPresent(index::put));
        return true;
    }

    private void remember(UndoStep step) {
        undo.addFirst(step);
        while (undo.size() > UNDO_DEPTH) {
            undo.removeLast();
        }
    }

    private FieldRecord merged(PlannedEdit edit) {
        Map<String, Object> fields = new LinkedHashMap<>(
                index.find(edit.type(), edit.id()).map(FieldRecord::fields).orElse(Map.of()));
        edit.fields().forEach((name, value) -> {
            if (value == null) {
                fields.remove(name);
            } else {
                fields.put(name, value);
            }
        });
        return FieldRecord.created(edit.type(), edit.id(), fields);
    }

    private static RecordKey key(PlannedEdit edit) {
        return new RecordKey(edit.type().wireName(), edit.id());
    }
}
