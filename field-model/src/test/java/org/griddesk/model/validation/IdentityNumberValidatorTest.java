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
    void aFormerCountyCodeIsAcceptedWithANoteNamingIt() {
        // 512201 万县市 was listed 1980-1991; its residents still carry the number (the first day's refusal).
        String id = withCheck("51220119650304001");
        assertEquals(List.of(), validator.validate("idNumber", id));
        assertEquals(List.of(FieldProblem.of("idNumber", ValidationCode.ID_REGION_FORMER, "万县市", "1980", "1991")),
                validator.notes("idNumber", id));
        assertEquals("身份证号前 6 位是已撤销或更名的区县（万县市，1980—1991 年使用），号码仍然有效",
                Messages.forLocale(java.util.Locale.SIMPLIFIED_CHINESE).message(validator.notes("idNumber", id).get(0)));
    }

    @Test
    void onlyCodesThatNeverExistedAreRefused() {
        // 110199 was never listed, although its city 1101 exists: refused, where the city-prefix rule let it pass.
        assertEquals(ValidationCode.ID_REGION_UNKNOWN, only(withCheck("11019919800101001")));
        assertEquals(ValidationCode.ID_REGION_UNKNOWN, only(withCheck("51990119800101001")));
        assertEquals(List.of(), validator.notes("idNumber", withCheck("11019919800101001")));
    }

    @Test
    void aCountyThatStillExistsNeedsNoNote() {
        assertEquals(List.of(), validator.notes("idNumber", "11010519491231002X"));
        assertEquals(List.of(), validator.notes("idNumber", withCheck("50010119800101001")));
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
