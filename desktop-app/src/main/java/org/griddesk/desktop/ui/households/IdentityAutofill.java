package org.griddesk.desktop.ui.households;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

import org.griddesk.model.code.DivisionTable;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.validation.FieldProblem;
import org.griddesk.model.validation.IdentityNumberValidator;
import org.griddesk.model.validation.IdentityNumbers;

/**
 * A valid identity number already says the resident's sex and birth date: the form fills them in when they are
 * empty (or still hold what the previous number said), so the worker types each fact once. A number from a county
 * abolished since is accepted with a note under the field.
 */
final class IdentityAutofill {

    private final IdentityNumberValidator validator;
    private final StringProperty sex;
    private final StringProperty birthDate;
    private final ObjectProperty<FieldProblem> note;

    private IdentityAutofill(IdentityNumberValidator validator, FormFields fields) {
        this.validator = validator;
        this.sex = fields.value(ResidentFields.SEX);
        this.birthDate = fields.value(ResidentFields.BIRTH_DATE);
        this.note = fields.note(ResidentFields.ID_NUMBER);
    }

    /** Follows the form's identity number, if the form has the three fields. */
    static void attach(FormFields fields, Clock clock) {
        if (!fields.has(ResidentFields.ID_NUMBER) || !fields.has(ResidentFields.SEX)
                || !fields.has(ResidentFields.BIRTH_DATE)) {
            return;
        }
        IdentityAutofill autofill = new IdentityAutofill(new IdentityNumberValidator(DivisionTable.bundled(), clock),
                fields);
        StringProperty idNumber = fields.value(ResidentFields.ID_NUMBER);
        idNumber.addListener((observable, before, now) -> autofill.numberChanged(before, now));
        autofill.numberChanged(null, idNumber.get());
    }

    private void numberChanged(String before, String now) {
        String id = IdentityNumbers.normalize(now);
        if (!validator.validate(ResidentFields.ID_NUMBER, id).isEmpty()) {
            note.set(null);
            return;
        }
        List<FieldProblem> notes = validator.notes(ResidentFields.ID_NUMBER, id);
        note.set(notes.isEmpty() ? null : notes.get(0));
        String previousSex = derivedSex(before);
        String previousBirth = derivedBirthDate(before);
        if (isBlankOr(sex.get(), previousSex)) {
            sex.set(IdentityNumbers.sexCode(id));
        }
        if (isBlankOr(birthDate.get(), previousBirth)) {
            birthDate.set(IdentityNumbers.birthDate(id).map(LocalDate::toString).orElse(""));
        }
    }

    private String derivedSex(String number) {
        String id = IdentityNumbers.normalize(number);
        return validator.validate(ResidentFields.ID_NUMBER, id).isEmpty() ? IdentityNumbers.sexCode(id) : null;
    }

    private String derivedBirthDate(String number) {
        String id = IdentityNumbers.normalize(number);
        return validator.validate(ResidentFields.ID_NUMBER, id).isEmpty()
                ? IdentityNumbers.birthDate(id).map(LocalDate::toString).orElse(null) : null;
    }

    private static boolean isBlankOr(String value, String previouslyDerived) {
        return value == null || value.isBlank() || value.strip().equals(previouslyDerived);
    }
}
