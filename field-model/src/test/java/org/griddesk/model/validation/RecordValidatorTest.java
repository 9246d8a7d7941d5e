package org.griddesk.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.griddesk.model.code.DivisionTable;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.Location;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.UuidV7Generator;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {

    private final RecordValidator validator =
            new RecordValidator(DivisionTable.bundled(), IdentityNumberValidatorTest.TODAY);
    private final UuidV7Generator ids = new UuidV7Generator();
    private final String householdId = ids.nextId();

    private Map<String, Object> resident() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("grid", "500101001001");
        fields.put("householdId", householdId);
        fields.put("name", "王秀英");
        fields.put("idNumber", IdentityNumberValidatorTest.withCheck("50010119400612002"));
        fields.put("sex", "2");
        fields.put("birthDate", "1940-06-12");
        fields.put("ethnicity", "15");
        fields.put("relation", "02");
        fields.put("phone", "13812345678");
        fields.put("status", "active");
        fields.put("tags", List.of());
        fields.put("education", "80");
        fields.put("employment", "retired");
        fields.put("health", "3");
        fields.put("medicalInsurance", "resident");
        fields.put("pensionInsurance", "resident");
        fields.put("careTags", List.of("aged_80_plus", "living_alone", "disabled", "dibao"));
        fields.put("disabilityCategory", "4");
        fields.put("disabilityGrade", "2");
        fields.put("notes", null);
        return fields;
    }

    @Test
    void aCompleteResidentPasses() {
        assertEquals(List.of(), validator.validate(FieldRecord.created(RecordType.RESIDENT, ids.nextId(), resident())));
    }

    @Test
    void aResidentFromAFormerCountyPassesWithANoteOnTheIdentityNumber() {
        Map<String, Object> fields = resident();
        fields.put("idNumber", IdentityNumberValidatorTest.withCheck("51220119400612002"));
        assertEquals(List.of(), validator.validate(RecordType.RESIDENT, fields));
        assertEquals(List.of(FieldProblem.of("idNumber", ValidationCode.ID_REGION_FORMER, "万县市", "1980", "1991")),
                validator.notes(RecordType.RESIDENT, fields));
        assertEquals(List.of(), validator.notes(RecordType.RESIDENT, resident()));
        assertEquals(List.of(), validator.notes(RecordType.HOUSEHOLD, fields));
    }

    @Test
    void aResidentWithoutIdentityNumberPasses() {
        Map<String, Object> fields = resident();
        fields.remove("idNumber");
        assertEquals(List.of(), validator.validate(RecordType.RESIDENT, fields));
    }

    @Test
    void missingRequiredFieldsAreAllReported() {
        Map<String, Object> fields = Map.of("grid", "500101001001", "name", " ");
        assertEquals(Set.of("householdId", "name", "sex", "birthDate", "relation"),
                fieldsWith(validator.validate(RecordType.RESIDENT, fields), ValidationCode.REQUIRED));
    }

    @Test
    void mismatchesAreShownOnTheEnteredFields() {
        Map<String, Object> fields = resident();
        fields.put("sex", "1");
        fields.put("birthDate", "1940-06-21");
        fields.put("careTags", List.of());
        List<FieldProblem> problems = validator.validate(RecordType.RESIDENT, fields);
        assertEquals(List.of(FieldProblem.of("birthDate", ValidationCode.ID_BIRTH_MISMATCH),
                FieldProblem.of("sex", ValidationCode.ID_SEX_MISMATCH)), problems);
    }

    @Test
    void codesMustBeTheStandardsCodesNotTheirNames() {
        Map<String, Object> fields = resident();
        fields.put("ethnicity", "土家族");
        fields.put("relation", "03");
        fields.put("careTags", List.of("rich"));
        assertEquals(List.of(
                FieldProblem.of("ethnicity", ValidationCode.CODE_UNKNOWN, "table.ethnicity"),
                FieldProblem.of("relation", ValidationCode.CODE_UNKNOWN, "table.relation"),
                FieldProblem.of("careTags", ValidationCode.CODE_UNKNOWN, "table.care_tag")),
                validator.validate(RecordType.RESIDENT, fields));
    }

    @Test
    void collectedFieldsAreChecked() {
        Map<String, Object> fields = resident();
        fields.remove("disabilityGrade");
        fields.put("birthDate", "1990-03-07");
        fields.put("idNumber", IdentityNumberValidatorTest.withCheck("50010119900307002"));
        fields.put("phone", "5812345");
        fields.put("notes", 42);
        List<FieldProblem> problems = validator.validate(RecordType.RESIDENT, fields);
        assertEquals(List.of(
                FieldProblem.of("phone", ValidationCode.PHONE_INVALID),
                FieldProblem.of("notes", ValidationCode.TYPE_MISMATCH, "type.text"),
                FieldProblem.of("disabilityGrade", ValidationCode.DISABILITY_INCOMPLETE),
                FieldProblem.of("careTags", ValidationCode.CARE_TAG_AGE_MISMATCH, "80")), problems);
    }

    @Test
    void aBankPasswordFieldIsNeverAccepted() {
        Map<String, Object> fields = resident();
        fields.put("bankCardPassword", "123456");
        fields.put("取款密码", "123456");
        assertEquals(Set.of("bankCardPassword", "取款密码"),
                fieldsWith(validator.validate(RecordType.RESIDENT, fields), ValidationCode.FORBIDDEN_FIELD));
        assertEquals(Set.of("appPwd"), fieldsWith(validator.validate(RecordType.ISSUE,
                Map.of("grid", "500101001001", "appPwd", "x")), ValidationCode.FORBIDDEN_FIELD));
    }

    @Test
    void aPasswordFieldIsRefusedWhateverItsCaseAndNamesLikeItAreNot() {
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("grid", "500101001001", "USER_PASSWD", "x",
                "PinCode", "x", "登录密码", "x", "phone", "x", "photos", "x", "title", "x"));
        assertEquals(Set.of("USER_PASSWD", "PinCode", "登录密码"),
                fieldsWith(validator.validate(RecordType.ISSUE, fields), ValidationCode.FORBIDDEN_FIELD));
    }

    @Test
    void householdChecks() {
        Map<String, Object> household = new HashMap<>(Map.of(
                "grid", "500101001001", "divisionCode", "500101001001", "address", "高笋塘街道东方广场 3 栋",
                "houseNo", "3-2-1", "householdType", "1", "headId", ids.nextId(),
                "location", new Location(108.408, 30.807), "tags", List.of("空巢")));
        assertEquals(List.of(), validator.validate(RecordType.HOUSEHOLD, household));
        household.put("divisionCode", "500101999");
        household.put("householdType", "3");
        household.put("headId", "王某");
        household.put("location", "108.4,30.8");
        household.put("grid", "50010100100");
        assertEquals(List.of(
                FieldProblem.of("grid", ValidationCode.GRID_FORMAT),
                FieldProblem.of("divisionCode", ValidationCode.DIVISION_FORMAT),
                FieldProblem.of("householdType", ValidationCode.CODE_UNKNOWN, "table.household_type"),
                FieldProblem.of("headId", ValidationCode.REFERENCE_FORMAT),
                FieldProblem.of("location", ValidationCode.TYPE_MISMATCH, "type.location")),
                validator.validate(RecordType.HOUSEHOLD, household));
        household.put("location", Map.of("lon", 108.408, "lat", 30.807));
        household.put("grid", "500101001001");
        household.put("divisionCode", "500101");
        household.put("householdType", "2");
        household.put("headId", ids.nextId());
        assertEquals(List.of(), validator.validate(RecordType.HOUSEHOLD, household), "location in its wire form");
        household.put("location", Map.of("lon", 308.4, "lat", 30.8));
        assertEquals(List.of(FieldProblem.of("location", ValidationCode.LOCATION_OUT_OF_RANGE)),
                validator.validate(RecordType.HOUSEHOLD, household));
        household.put("divisionCode", "500101999999");
        household.put("grid", "990101001001");
        assertEquals(Set.of("divisionCode", "grid"), validator.validate(RecordType.HOUSEHOLD, household).stream()
                .filter(p -> p.code() == ValidationCode.DIVISION_UNKNOWN || p.code() == ValidationCode.GRID_REGION_UNKNOWN)
                .map(FieldProblem::field).collect(Collectors.toSet()));
    }

    @Test
    void visitChecks() {
        Map<String, Object> visit = new HashMap<>(Map.of("grid", "500101001001", "householdId", householdId,
                "date", "2026-11-20", "purpose", "高龄老人走访", "worker", "liwei"));
        assertEquals(List.of(), validator.validate(RecordType.VISIT, visit));
        visit.put("date", "2026-11-22");
        assertEquals(List.of(FieldProblem.of("date", ValidationCode.DATE_FUTURE)),
                validator.validate(RecordType.VISIT, visit));
        visit.put("date", "2026/11/20");
        assertEquals(List.of(FieldProblem.of("date", ValidationCode.DATE_FORMAT)),
                validator.validate(RecordType.VISIT, visit));
    }

    @Test
    void gridChecks() {
        assertEquals(List.of(), validator.validate(RecordType.GRID,
                Map.of("grid", "500101001001", "name", "东方广场第一网格", "divisionCode", "500101001000")));
        assertTrue(validator.validate(RecordType.GRID, Map.of("grid", "500101001001", "name", "x".repeat(101)))
                .contains(FieldProblem.of("name", ValidationCode.TEXT_TOO_LONG, "100")));
    }

    @Test
    void aDeletedRecordIsNotChecked() {
        FieldRecord deleted = new FieldRecord(RecordType.RESIDENT, ids.nextId(), Map.of(), 3, true);
        assertEquals(List.of(), validator.validate(deleted));
        assertTrue(!validator.validate(deleted.type(), deleted.fields()).isEmpty());
    }

    private static Set<String> fieldsWith(List<FieldProblem> problems, ValidationCode code) {
        return problems.stream().filter(p -> p.code() == code).map(FieldProblem::field).collect(Collectors.toSet());
    }
}
