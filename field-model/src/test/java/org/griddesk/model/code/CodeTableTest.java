package org.griddesk.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CodeTableTest {

    @Test
    void sexIsFoundByCodeAndByName() {
        CodeTable sex = CodeSet.SEX.table();
        assertEquals("男", sex.byCode("1").orElseThrow().nameZh());
        assertEquals("2", sex.resolve("女").orElseThrow().code());
        assertEquals("2", sex.resolve("女性").orElseThrow().code());
        assertEquals("1", sex.resolve("male").orElseThrow().code());
        assertEquals("9", sex.resolve("9").orElseThrow().code());
        assertEquals("0", sex.resolve("未知的性别").orElseThrow().code());
        assertEquals(Optional.empty(), sex.resolve("3"));
        assertEquals(Optional.empty(), sex.resolve(null));
    }

    @Test
    void ethnicityHasTheFiftySixGroupsAndTheTwoExtraCodes() {
        CodeTable ethnicity = CodeSet.ETHNICITY.table();
        assertEquals(58, ethnicity.entries().size());
        assertEquals("汉族", ethnicity.resolve("01").orElseThrow().nameZh());
        assertEquals("01", ethnicity.resolve("汉族").orElseThrow().code());
        assertEquals("01", ethnicity.resolve("汉").orElseThrow().code());
        assertEquals("56", ethnicity.resolve("基诺族").orElseThrow().code());
        assertEquals("15", ethnicity.resolve("土家族").orElseThrow().code());
        assertEquals("97", ethnicity.resolve("其他未识别民族").orElseThrow().code());
        assertEquals("98", ethnicity.resolve("外国血统中国籍人士").orElseThrow().code());
        for (int i = 1; i <= 56; i++) {
            assertTrue(ethnicity.contains(String.format("%02d", i)), "code " + i);
        }
        assertFalse(ethnicity.contains("1"), "codes have two digits");
        assertEquals("01", ethnicity.resolve("1").orElseThrow().code(), "a spreadsheet dropped the zero");
        assertEquals("02", CodeSet.RELATION.table().resolve(" 2 ").orElseThrow().code());
        assertEquals(Optional.empty(), CodeSet.EMPLOYMENT.table().resolve("1"), "word codes are not padded");
        assertEquals(Optional.empty(), ethnicity.resolve("570"));
        assertFalse(ethnicity.contains("57"));
    }

    @Test
    void relationFollowsGbT4761() {
        CodeTable relation = CodeSet.RELATION.table();
        assertEquals("02", relation.resolve("户主").orElseThrow().code());
        assertEquals("01", relation.resolve("本人").orElseThrow().code());
        assertEquals("10", relation.resolve("配偶").orElseThrow().code());
        assertEquals("12", relation.resolve("妻子").orElseThrow().code());
        assertEquals("20", relation.resolve("儿子").orElseThrow().code());
        assertEquals("30", relation.resolve("女").orElseThrow().code());
        assertEquals("51", relation.resolve("父亲").orElseThrow().code());
        assertEquals("99", relation.resolve("非亲属").orElseThrow().code());
        assertEquals("户主", relation.resolve("02").orElseThrow().nameZh());
    }

    @Test
    void displayNameFollowsTheLocale() {
        CodeEntry han = CodeSet.ETHNICITY.table().byCode("01").orElseThrow();
        assertEquals("汉族", han.displayName(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Han", han.displayName(Locale.ENGLISH));
        assertEquals("Han", han.displayName(Locale.UK));
        assertEquals("汉族", han.displayName(Locale.GERMAN), "Chinese is the fallback language");
    }

    @ParameterizedTest
    @EnumSource(CodeSet.class)
    void everyBundledTableLoadsWithNamesInBothLanguages(CodeSet set) {
        CodeTable table = set.table();
        assertFalse(table.entries().isEmpty());
        for (CodeEntry entry : table.entries()) {
            assertFalse(entry.nameZh().isBlank(), entry.code());
            assertFalse(entry.nameEn().isBlank(), entry.code());
            assertEquals(entry, table.resolve(entry.nameZh()).orElseThrow());
            assertEquals(entry, table.resolve(entry.code()).orElseThrow());
        }
    }

    @Test
    void anAmbiguousTableIsRefused() {
        String tsv = "1\t男\tMale\n2\t女\tFemale\t男\n";
        assertThrows(IllegalStateException.class, () -> CodeTable.load("broken",
                new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))));
    }
}
