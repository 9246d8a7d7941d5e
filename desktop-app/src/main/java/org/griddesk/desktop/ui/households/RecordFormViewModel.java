package org.griddesk.desktop.ui.households;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.griddesk.desktop.service.registry.SaveOutcome;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.BackgroundWork;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.RecordType;

/**
 * A household or resident form: its fields, saving in the background, problems shown on their fields and
 * nothing written while any remains. The typed text is kept as a draft so a form closed by the idle lock or
 * by accident comes back as it was.
 */
public final class RecordFormViewModel {

    /** Saves the form's fields: {@code id} null for a new record. */
    @FunctionalInterface
    interface Saver {
        SaveOutcome save(String id, Map<String, Object> fields);
    }

    private final RecordType type;
    private final String id;
    private final FormFields fields;
    private final Saver saver;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<FieldRecord> onSaved;
    private final Runnable onClosed;
    private final FormDraftKeeper drafts;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final Map<String, javafx.collections.ObservableList<CodeChoice>> choices = new java.util.HashMap<>();

    RecordFormViewModel(RecordType type, String id, List<String> fieldNames, Saver saver, TaskExecutor executor,
                        DialogService dialogs, Consumer<FieldRecord> onSaved, Runnable onClosed,
                        FormDraftKeeper drafts) {
        this.type = type;
        this.id = id;
        this.fields = new FormFields(fieldNames);
        if (type == RecordType.RESIDENT) {
            IdentityAutofill.attach(fields, Clock.systemDefaultZone());
        }
        this.saver = saver;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onSaved = onSaved;
        this.onClosed = onClosed;
        this.drafts = drafts;
    }

    public RecordType type() {
        return type;
    }

    public boolean isNew() {
        return id == null;
    }

    /**
     * Offers the grids by name for the household's 网格, and the divisions around the chosen grid for its 行政区划:
     * people pick names, the form stores the codes.
     */
    void offerGrids(List<CodeChoice> grids, org.griddesk.model.code.DivisionTable divisions) {
        if (!fields.has(org.griddesk.model.record.HouseholdFields.GRID) || grids.isEmpty()) {
            return; // no grid known yet (a fresh store before its first sync): the code is typed
        }
        choices.computeIfAbsent(org.griddesk.model.record.HouseholdFields.GRID,
                f -> javafx.collections.FXCollections.observableArrayList()).setAll(grids);
        if (!fields.has(org.griddesk.model.record.HouseholdFields.DIVISION_CODE)) {
            return;
        }
        javafx.collections.ObservableList<CodeChoice> around = choices.computeIfAbsent(
                org.griddesk.model.record.HouseholdFields.DIVISION_CODE,
                f -> javafx.collections.FXCollections.observableArrayList());
        javafx.beans.property.StringProperty grid = fields.value(org.griddesk.model.record.HouseholdFields.GRID);
        javafx.beans.property.StringProperty division =
                fields.value(org.griddesk.model.record.HouseholdFields.DIVISION_CODE);
        Runnable follow = () -> {
            around.setAll(CodeChoice.divisionsAround(grid.get(), divisions));
            if (division.get().isBlank() && around.stream().anyMatch(c -> c.code().equals(grid.get()))) {
                division.set(grid.get());
            }
        };
        grid.addListener((o, before, now) -> follow.run());
        follow.run();
    }

    /** The choices of a field picked by name; null for a field typed or chosen from a code table. */
    public javafx.collections.ObservableList<CodeChoice> choices(String field) {
        return choices.get(field);
    }

    public FormFields fields() {
        return fields;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    String draftName() {
        return type.wireName() + ":" + (id == null ? "new" : id);
    }

    /** Restores a draft left from before, then keeps the draft current as the worker types. */
    void startDrafting() {
        drafts.restore(draftName(), fields, () -> drafts.follow(draftName(), fields));
    }

    public void save() {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        Map<String, Object> values = fields.toFields();
        BackgroundWork<SaveOutcome> work = progress -> saver.save(id, values);
        executor.execute(work, TaskCallbacks.of(outcome -> {
            saving.set(false);
            if (outcome.ok()) {
                drafts.discard(draftName());
                onSaved.accept(outcome.record());
            } else {
                fields.show(outcome.problems());
            }
        }, failure -> {
            saving.set(false);
            dialogs.showError(new Message("households.error.title"), new Message("households.error.save"));
        }));
    }

    public void cancel() {
        drafts.discard(draftName());
        onClosed.run();
    }
}
