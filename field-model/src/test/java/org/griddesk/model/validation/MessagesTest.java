package org.griddesk.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.griddesk.model.code.CodeSet;
import org.griddesk.model.record.RecordType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @ParameterizedTest
    @EnumSource(ValidationCode.class)
    void everyCodeHasAMessageInBothLanguages(ValidationCode code) {
        assertTrue(chinese.hasMessage(code), code.code());
        assertTrue(english.hasMessage(code), code.code());
        String zh = chinese.message(FieldProblem.of("f", code, "80", "80", "80"));
        String en = english.message(FieldProblem.of("f", code, "80", "80", "80"));
        assertNotEquals(zh, en, code.code());
        assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
        assertFalse(en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), en);
        assertFalse(zh.contains("{") || en.contains("{"), "unfilled placeholder in " + code.code());
    }

    @ParameterizedTest
    @EnumSource(CodeSet.class)
    void everyCodeTableHasANameInBothLanguages(CodeSet set) {
        assertTrue(chinese.hasKey("table." + set.tableName()));
        assertTrue(english.hasKey("table." + set.tableName()));
    }

    @Test
    void argumentsThatAreKeysAreTranslated() {
        FieldProblem problem = FieldProblem.of("sex", ValidationCode.CODE_UNKNOWN, "table.sex");
        assertEquals("不是有效的性别代码", chinese.message(problem));
        assertEquals("Not a valid sex code", english.message(problem));
        assertEquals("内容过长，最多 50 个字",
                chinese.message(FieldProblem.of("name", ValidationCode.TEXT_TOO_LONG, "50")));
    }

    @Test
    void otherLocalesFallBackToChinese() {
        assertEquals(chinese.message(FieldProblem.of("f", ValidationCode.REQUIRED)),
                Messages.forLocale(Locale.GERMANY).message(FieldProblem.of("f", ValidationCode.REQUIRED)));
        assertEquals("Required, please fill in",
                Messages.forLocale(Locale.US).message(FieldProblem.of("f", ValidationCode.REQUIRED)));
    }

    @Test
    void aWholeRejectionReadsAsOneLine() {
        List<FieldProblem> problems = List.of(FieldProblem.of("idNumber", ValidationCode.ID_CHECKSUM),
                FieldProblem.of("phone", ValidationCode.PHONE_INVALID));
        assertEquals("身份证号：身份证号校验位不对，请逐位核对；联系电话："
                + chinese.message(problems.get(1)), chinese.describe(RecordType.RESIDENT, problems));
        assertEquals("Identity number: The check character of this identity number is wrong; please check each digit; "
                + "Phone: " + english.message(problems.get(1)), english.describe(RecordType.RESIDENT, problems));
    }

    @Test
    void machineCodesAreSnakeCase() {
        assertEquals("id_checksum", ValidationCode.ID_CHECKSUM.code());
        assertEquals("id_birth_mismatch", ValidationCode.ID_BIRTH_MISMATCH.code());
    }
}
