package org.griddesk.model.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;

import org.griddesk.model.code.CodeSet;
import org.junit.jupiter.api.Test;

class CodedFieldsTest {

    @Test
    void codedFieldsNameTheirTableAndOthersNone() {
        assertEquals(Optional.of(CodeSet.SEX), CodedFields.of(RecordType.RESIDENT, ResidentFields.SEX));
        assertEquals(Optional.of(CodeSet.CARE_TAG), CodedFields.of(RecordType.RESIDENT, ResidentFields.CARE_TAGS));
        assertEquals(Optional.of(CodeSet.HOUSEHOLD_TYPE),
                CodedFields.of(RecordType.HOUSEHOLD, HouseholdFields.HOUSEHOLD_TYPE));
        assertTrue(CodedFields.of(RecordType.RESIDENT, ResidentFields.NAME).isEmpty());
        assertTrue(CodedFields.of(RecordType.HOUSEHOLD, ResidentFields.SEX).isEmpty(), "a household has no sex");
        assertTrue(CodedFields.of(RecordType.ISSUE, "status").isEmpty());
    }

    @Test
    void theTablesGiveTheWordsARegisterUses() {
        assertEquals("男", name(ResidentFields.SEX, "1"));
        assertEquals("汉族", name(ResidentFields.ETHNICITY, "01"));
    }

    private static String name(String field, String code) {
        return CodedFields.of(RecordType.RESIDENT, field).orElseThrow().table().byCode(code).orElseThrow()
                .displayName(Locale.SIMPLIFIED_CHINESE);
    }
}
