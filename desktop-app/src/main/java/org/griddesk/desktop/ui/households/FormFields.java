package org.griddesk.desktop.ui.households;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.validation.FieldProblem;

/**
 * The text of each field of a form and the problem validation found on it. Editing a field clears its
 * problem; a problem on a field the form does not show lands in {@link #otherProblem()}.
 */
public final class FormFields {

    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, ObjectProperty<FieldProblem>> problems = new LinkedHashMap<>();
    private final Map<String, ObjectProperty<FieldProblem>> notes = new LinkedHashMap<>();
    private final ObjectProperty<FieldProblem> otherProblem = new SimpleObjectProperty<>(this, "otherProblem");

    FormFields(List<String> fields) {
        for (String field : fields) {
            StringProperty value = new SimpleStringProperty(this, field, "");
            ObjectProperty<FieldProblem> problem = new SimpleObjectProperty<>(this, field + "Problem");
            value.addListener((observable, before, now) -> problem.set(null));
            values.put(field, value);
            problems.put(field, problem);
            notes.put(field, new SimpleObjectProperty<>(this, field + "Note"));
        }
    }

    public StringProperty value(String field) {
        return require(values, field);
    }

    public ObjectProperty<FieldProblem> problem(String field) {
        return require(problems, field);
    }

    /** Something to know about an accepted value (a former county code): shown under the field, never blocking. */
    public ObjectProperty<FieldProblem> note(String field) {
        return require(notes, field);
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    public ObjectProperty<FieldProblem> otherProblem() {
        return otherProblem;
    }

    private static <T> T require(Map<String, T> map, String field) {
        T found = map.get(field);
        if (found == null) {
            throw new IllegalArgumentException("the form has no field " + field);
        }
        return found;
    }

    /** Blank fields are sent as null: clearing a field in the form clears it in the record. */
    Map<String, Object> toFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            String text = value.get() == null ? "" : value.get().strip();
            fields.put(name, text.isEmpty() ? null : text);
        });
        return fields;
    }

    Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        values.forEach((name, value) -> texts.put(name, value.get() == null ? "" : value.get()));
        return texts;
    }

    void fill(Map<String, String> texts) {
        texts.forEach((name, text) -> {
            if (values.containsKey(name)) {
                values.get(name).set(text);
            }
        });
    }

    void load(FieldRecord record) {
        values.forEach((name, value) -> value.set(record.string(name).orElse("")));
    }

    void show(List<FieldProblem> found) {
        problems.values().forEach(problem -> problem.set(null));
        otherProblem.set(null);
        for (FieldProblem problem : found) {
            ObjectProperty<FieldProblem> target = problems.get(problem.field());
            if (target == null) {
                otherProblem.set(problem);
            } else if (target.get() == null) {
                target.set(problem);
            }
        }
    }
}
