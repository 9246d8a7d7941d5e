package org.griddesk.desktop.ui.households;

import java.util.Locale;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.griddesk.desktop.ui.common.FocusWhenShown;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.model.code.CodeEntry;
import org.griddesk.model.code.CodeSet;
import org.griddesk.model.i18n.FieldLabels;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.validation.FieldProblem;
import org.griddesk.model.validation.Messages;

/**
 * A household or resident form: one row per field with its label, its input (a choice for coded fields) and
 * the message of validation under it, in the UI's language.
 */
public final class RecordFormView {

    private static final Map<String, CodeSet> CODED = Map.of(HouseholdFields.HOUSEHOLD_TYPE, CodeSet.HOUSEHOLD_TYPE,
            ResidentFields.SEX, CodeSet.SEX, ResidentFields.ETHNICITY, CodeSet.ETHNICITY,
            ResidentFields.RELATION, CodeSet.RELATION);
    private static final java.util.Set<String> DATES = java.util.Set.of(ResidentFields.BIRTH_DATE,
            org.griddesk.model.record.VisitFields.DATE);

    private final RecordFormViewModel viewModel;
    private final Localization localization;
    private Control firstInput;

    public RecordFormView(RecordFormViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    public Region build() {
        Label title = new Label();
        title.getStyleClass().add("workspace-title");
        String kind = viewModel.type().wireName();
        title.textProperty().bind(localization.bind("households.form." + kind + (viewModel.isNew() ? ".new" : ".edit")));
        VBox form = new VBox(10, title);
        form.setId(kind + "Form");
        form.getStyleClass().add("record-form");
        FormFields fields = viewModel.fields();
        for (String field : fields.texts().keySet()) {
            form.getChildren().add(row(field, fields));
        }
        Label other = errorLabel("error-other", fields.otherProblem());
        Button save = new Button();
        save.setId("saveFormButton");
        save.setDefaultButton(true);
        save.textProperty().bind(localization.bind("households.form.save"));
        save.disableProperty().bind(viewModel.savingProperty());
        save.setOnAction(event -> viewModel.save());
        Button cancel = new Button();
        cancel.setId("cancelFormButton");
        cancel.textProperty().bind(localization.bind("households.form.cancel"));
        cancel.setOnAction(event -> viewModel.cancel());
        form.getChildren().addAll(other, new HBox(10, save, cancel));
        return form;
    }

    /** Puts the caret in the first field once the form is shown, so the form can be filled from the keyboard alone. */
    public void focusFirst() {
        if (firstInput == null) {
            return;
        }
        FocusWhenShown.request(firstInput);
    }

    private VBox row(String field, FormFields fields) {
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(
                () -> FieldLabels.forLocale(localization.getLocale()).label(viewModel.type(), field),
                localization.localeProperty()));
        Control input = viewModel.choices(field) != null ? named(field, viewModel.choices(field), fields)
                : CODED.containsKey(field) ? choice(field, CODED.get(field), fields) : text(field, fields);
        input.setId("field-" + field);
        if (firstInput == null) {
            firstInput = input;
        }
        input.setMaxWidth(360);
        label.setLabelFor(input);
        VBox row = new VBox(3, label, input, errorLabel("error-" + field, fields.problem(field)));
        if (DATES.contains(field)) {
            // The format is said before the first mistake, not only in the error after it.
            ((TextField) input).promptTextProperty().bind(localization.bind("households.form.dateHint"));
            Label hint = new Label();
            hint.setId("hint-" + field);
            hint.getStyleClass().add("field-hint");
            hint.textProperty().bind(localization.bind("households.form.dateHint"));
            row.getChildren().add(2, hint);
        }
        Label note = noteLabel("note-" + field, fields.note(field));
        row.getChildren().add(note);
        return row;
    }

    private static TextField text(String field, FormFields fields) {
        TextField input = new TextField();
        input.textProperty().bindBidirectional(fields.value(field));
        return input;
    }

    private ComboBox<CodeEntry> choice(String field, CodeSet set, FormFields fields) {
        ComboBox<CodeEntry> input = new ComboBox<>(FXCollections.observableArrayList(set.table().entries()));
        StringConverter<CodeEntry> names = new StringConverter<>() {
            @Override
            public String toString(CodeEntry entry) {
                return entry == null ? "" : entry.displayName(localization.getLocale());
            }

            @Override
            public CodeEntry fromString(String text) {
                return set.table().resolve(text).orElse(null);
            }
        };
        input.setConverter(names);
        input.setButtonCell(new NameCell(names));
        input.setCellFactory(list -> new NameCell(names));
        input.getSelectionModel().select(set.table().byCode(fields.value(field).get()).orElse(null));
        input.valueProperty().addListener((o, before, now) -> fields.value(field).set(now == null ? "" : now.code()));
        fields.value(field).addListener((o, before, now) -> {
            CodeEntry entry = set.table().byCode(now).orElse(null);
            if (input.getValue() != entry) {
                input.setValue(entry);
            }
        });
        return input;
    }

    /** Keeps its line while empty: an error appearing must not move the rows and buttons under it. */
    /** A field people pick by name (grid, division); the code goes into the form. */
    private ComboBox<CodeChoice> named(String field, javafx.collections.ObservableList<CodeChoice> choices,
                                       FormFields fields) {
        ComboBox<CodeChoice> input = new ComboBox<>(choices);
        StringConverter<CodeChoice> names = new StringConverter<>() {
            @Override
            public String toString(CodeChoice choice) {
                return choice == null ? "" : localization.lang(choice.label());
            }

            @Override
            public CodeChoice fromString(String text) {
                return null;
            }
        };
        input.setConverter(names);
        input.setButtonCell(new ChoiceCell(names));
        input.setCellFactory(list -> new ChoiceCell(names));
        Runnable showValue = () -> {
            CodeChoice current = choices.stream().filter(c -> c.code().equals(fields.value(field).get())).findFirst()
                    .orElse(null);
            if (input.getValue() != current) {
                input.setValue(current);
            }
        };
        showValue.run();
        input.valueProperty().addListener((o, before, now) -> {
            if (now != null) {
                fields.value(field).set(now.code());
            }
        });
        fields.value(field).addListener((o, before, now) -> showValue.run());
        choices.addListener((javafx.collections.ListChangeListener<CodeChoice>) change -> showValue.run());
        return input;
    }

    private static final class ChoiceCell extends ListCell<CodeChoice> {
        private final StringConverter<CodeChoice> names;

        ChoiceCell(StringConverter<CodeChoice> names) {
            this.names = names;
        }

        @Override
        protected void updateItem(CodeChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : names.toString(item));
        }
    }

    private Label errorLabel(String id, ObservableValue<FieldProblem> problem) {
        Label label = problemLabel(id, problem, "field-error");
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    /** A note appears only with a value that has one, so it may take its room then. */
    private Label noteLabel(String id, ObservableValue<FieldProblem> note) {
        Label label = problemLabel(id, note, "field-note");
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private Label problemLabel(String id, ObservableValue<FieldProblem> problem, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(360);
        StringBinding text = Bindings.createStringBinding(() -> problem.getValue() == null ? ""
                : Messages.forLocale(locale()).message(problem.getValue()), problem, localization.localeProperty());
        label.textProperty().bind(text);
        return label;
    }

    private Locale locale() {
        return localization.getLocale();
    }

    private static final class NameCell extends ListCell<CodeEntry> {
        private final StringConverter<CodeEntry> names;

        NameCell(StringConverter<CodeEntry> names) {
            this.names = names;
        }

        @Override
        protected void updateItem(CodeEntry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : names.toString(item));
        }
    }
}
