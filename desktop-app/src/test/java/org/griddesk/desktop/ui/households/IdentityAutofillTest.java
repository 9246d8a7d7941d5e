package org.griddesk.desktop.ui.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.validation.FieldProblem;
import org.griddesk.model.validation.IdentityNumbers;
import org.griddesk.model.validation.ValidationCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A valid identity number fills in 性别 and 出生日期; a former county code gets a note, not a refusal. */
class IdentityAutofillTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private FormFields fields;

    @BeforeEach
    void form() {
        fields = new FormFields(HouseholdForms.RESIDENT_FORM);
        IdentityAutofill.attach(fields, TODAY);
    }

    private static String withCheck(String first17) {
        return first17 + IdentityNumbers.checkCharacter(first17);
    }

    @Test
    void aValidNumberFillsInSexAndBirthDate() {
        fields.value(ResidentFields.ID_NUMBER).set(withCheck("50010119400612002"));
        assertEquals("2", fields.value(ResidentFields.SEX).get());
        assertEquals("1940-06-12", fields.value(ResidentFields.BIRTH_DATE).get());
        assertNull(fields.note(ResidentFields.ID_NUMBER).get());
    }

    @Test
    void correctingTheNumberCorrectsWhatItFilledInButNotWhatTheWorkerTyped() {
        fields.value(ResidentFields.ID_NUMBER).set(withCheck("50010119400612002"));
        fields.value(ResidentFields.ID_NUMBER).set(withCheck("50010119400621001"));
        assertEquals("1", fields.value(ResidentFields.SEX).get());
        assertEquals("1940-06-21", fields.value(ResidentFields.BIRTH_DATE).get());

        fields.value(ResidentFields.BIRTH_DATE).set("1941-01-01");
        fields.value(ResidentFields.ID_NUMBER).set(withCheck("50010119400612002"));
        assertEquals("1941-01-01", fields.value(ResidentFields.BIRTH_DATE).get());
        assertEquals("2", fields.value(ResidentFields.SEX).get());
    }

    @Test
    void anIncompleteOrWrongNumberFillsNothing() {
        fields.value(ResidentFields.ID_NUMBER).set("5001011940061");
        String valid = withCheck("50010119400612002");
        fields.value(ResidentFields.ID_NUMBER).set(valid.substring(0, 17) + (valid.endsWith("1") ? "2" : "1"));
        assertEquals("", fields.value(ResidentFields.SEX).get());
        assertEquals("", fields.value(ResidentFields.BIRTH_DATE).get());
    }

    @Test
    void aFormerCountyCodeFillsInAndShowsANote() {
        fields.value(ResidentFields.ID_NUMBER).set(withCheck("51220119650304001"));
        assertEquals("1965-03-04", fields.value(ResidentFields.BIRTH_DATE).get());
        assertEquals(FieldProblem.of(ResidentFields.ID_NUMBER, ValidationCode.ID_REGION_FORMER, "万县市", "1980", "1991"),
                fields.note(ResidentFields.ID_NUMBER).get());
        fields.value(ResidentFields.ID_NUMBER).set("");
        assertNull(fields.note(ResidentFields.ID_NUMBER).get());
    }
}
