package org.griddesk.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.griddesk.model.code.DivisionTable;
import org.junit.jupiter.api.Test;

class IdentityNumberValidatorTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final IdentityNumberValidator validator = new IdentityNumberValidator(DivisionTable.bundled(), TODAY);

    @Test
    void acceptsValidNumbers() {
        assertEquals(List.of(), validator.validate("idNumber", "11010519491231002X"));
        assertEquals(List.of(), validator.validate("idNumber", "11010519491231002x"));
        assertEquals(List.of(), validator.validate("idNumber", "130503196704010016"));
    }

    @Test
    void eachFaultHasItsOwnCode() {
        assertEquals(ValidationCode.ID_CHECKSUM, only("110101199003077933"));
        assertEquals(ValidationCode.ID_LENGTH, only("1101051949123100"));
        assertEquals(ValidationCode.ID_LENGTH, only(""));
        assertEquals(ValidationCode.ID_LEGACY_FORMAT, only("130503670401001"));
        assertEquals(ValidationCode.ID_FORMAT, only("11010519491231002A"));
        assertEquals(ValidationCode.ID_FORMAT, only("1101051949123100X2"));
        assertEquals(ValidationCode.ID_REGION_UNKNOWN, only(withCheck("99010519491231002")));
        assertEquals(ValidationCode.ID_REGION_UNKNOWN, only(withCheck("11990119491231002")));
        assertEquals(ValidationCode.ID_BIRTH_INVALID, only(withCheck("11010519990230002")));
        assertEquals(ValidationCode.ID_BIRTH_INVALID, only(withCheck("11010518500101002")));
        assertEquals(ValidationCode.ID_BIRTH_FUTURE, only(withCheck("11010520261122002")));
    }

    @Test
    void aCountyAbolishedSinceIsStillAValidRegion() {
        // 110103 崇文区 merged into 东城区 in 2010; its people kept their numbers.
        assertEquals(List.of(), validator.validate("idNumber", withCheck("11010319800101001")));
    }

    @Test
    void birthDateAndSexMustAgreeWithTheNumber() {
        List<FieldProblem> problems = validator.validate("idNumber", "11010519491231002X",
                "birthDate", LocalDate.of(1949, 12, 30), "sex", "1");
        assertEquals(List.of(FieldProblem.of("birthDate", ValidationCode.ID_BIRTH_MISMATCH),
                FieldProblem.of("sex", ValidationCode.ID_SEX_MISMATCH)), problems);
        assertEquals(List.of(), validator.validate("idNumber", "11010519491231002X",
                "birthDate", LocalDate.of(1949, 12, 31), "sex", "2"));
        assertEquals(List.of(), validator.validate("idNumber", "11010519491231002X",
                "birthDate", null, "sex", "9"), "9 (unspecified) makes no claim");
    }

    @Test
    void agreementIsNotCheckedOnABrokenNumber() {
        assertEquals(List.of(FieldProblem.of("idNumber", ValidationCode.ID_CHECKSUM)),
                validator.validate("idNumber", "110101199003077933", "birthDate", LocalDate.of(2000, 1, 1), "sex", "2"));
    }

    private ValidationCode only(String id) {
        List<FieldProblem> problems = validator.validate("idNumber", id);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("idNumber", problems.get(0).field());
        return problems.get(0).code();
    }

    static String withCheck(String first17) {
        return first17 + IdentityNumbers.checkCharacter(first17);
    }
}
