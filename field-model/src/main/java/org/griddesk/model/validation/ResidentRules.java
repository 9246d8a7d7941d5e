package org.griddesk.model.validation;

import static org.griddesk.model.record.ResidentFields.BIRTH_DATE;
import static org.griddesk.model.record.ResidentFields.CARE_TAGS;
import static org.griddesk.model.record.ResidentFields.DISABILITY_CATEGORY;
import static org.griddesk.model.record.ResidentFields.DISABILITY_GRADE;
import static org.griddesk.model.record.ResidentFields.EDUCATION;
import static org.griddesk.model.record.ResidentFields.EMPLOYMENT;
import static org.griddesk.model.record.ResidentFields.ETHNICITY;
import static org.griddesk.model.record.ResidentFields.GRID;
import static org.griddesk.model.record.ResidentFields.HEALTH;
import static org.griddesk.model.record.ResidentFields.HOUSEHOLD_ID;
import static org.griddesk.model.record.ResidentFields.ID_NUMBER;
import static org.griddesk.model.record.ResidentFields.MEDICAL_INSURANCE;
import static org.griddesk.model.record.ResidentFields.NAME;
import static org.griddesk.model.record.ResidentFields.NOTES;
import static org.griddesk.model.record.ResidentFields.PENSION_INSURANCE;
import static org.griddesk.model.record.ResidentFields.PHONE;
import static org.griddesk.model.record.ResidentFields.RELATION;
import static org.griddesk.model.record.ResidentFields.SEX;
import static org.griddesk.model.record.ResidentFields.STATUS;
import static org.griddesk.model.record.ResidentFields.TAGS;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.griddesk.model.code.CodeSet;

/**
 * A resident needs a name, sex, birth date and relation to the head; the identity number is optional
 * (a newborn may not have one yet) but when present it must be valid and agree with sex and birth date.
 */
final class ResidentRules implements RecordRules {

    private final IdentityNumberValidator identityNumbers;

    ResidentRules(IdentityNumberValidator identityNumbers) {
        this.identityNumbers = identityNumbers;
    }

    @Override
    public void check(FieldChecks checks) {
        checks.required(GRID, HOUSEHOLD_ID, NAME, SEX, BIRTH_DATE, RELATION);
        checks.gridCode(GRID);
        checks.reference(HOUSEHOLD_ID);
        checks.maxLength(NAME, 50);
        checks.code(SEX, CodeSet.SEX);
        Optional<LocalDate> birthDate = checks.pastDate(BIRTH_DATE);
        checks.code(ETHNICITY, CodeSet.ETHNICITY);
        checks.code(RELATION, CodeSet.RELATION);
        checks.phone(PHONE);
        checks.stringList(TAGS);
        checks.code(STATUS, CodeSet.RESIDENT_STATUS);
        checkIdentityNumber(checks, birthDate);
        checkCollectedFields(checks, birthDate);
    }

    private void checkIdentityNumber(FieldChecks checks, Optional<LocalDate> birthDate) {
        Optional<String> id = checks.text(ID_NUMBER);
        if (id.isEmpty()) {
            return;
        }
        String sex = checks.hasProblem(SEX) ? null : checks.text(SEX).orElse(null);
        identityNumbers.validate(ID_NUMBER, id.get(), BIRTH_DATE, birthDate.orElse(null), SEX, sex)
                .forEach(checks::add);
    }

    private void checkCollectedFields(FieldChecks checks, Optional<LocalDate> birthDate) {
        checks.code(EDUCATION, CodeSet.EDUCATION);
        checks.code(EMPLOYMENT, CodeSet.EMPLOYMENT);
        checks.code(HEALTH, CodeSet.HEALTH);
        checks.code(MEDICAL_INSURANCE, CodeSet.MEDICAL_INSURANCE);
        checks.code(PENSION_INSURANCE, CodeSet.PENSION_INSURANCE);
        checks.codeList(CARE_TAGS, CodeSet.CARE_TAG);
        checks.code(DISABILITY_CATEGORY, CodeSet.DISABILITY_CATEGORY);
        checks.code(DISABILITY_GRADE, CodeSet.DISABILITY_GRADE);
        checks.maxLength(NOTES, 4000);

        List<String> careTags = checks.hasProblem(CARE_TAGS) ? List.of() : checks.stringList(CARE_TAGS);
        if (careTags.contains("disabled")) {
            // A disability certificate always states both; one without the other cannot be reported upward.
            for (String field : List.of(DISABILITY_CATEGORY, DISABILITY_GRADE)) {
                if (checks.text(field).isEmpty() && !checks.hasProblem(field)) {
                    checks.add(FieldProblem.of(field, ValidationCode.DISABILITY_INCOMPLETE));
                }
            }
        }
        if (careTags.contains("aged_80_plus") && birthDate.isPresent()
                && Period.between(birthDate.get(), checks.today()).getYears() < 80) {
            checks.add(FieldProblem.of(CARE_TAGS, ValidationCode.CARE_TAG_AGE_MISMATCH, "80"));
        }
    }
}
