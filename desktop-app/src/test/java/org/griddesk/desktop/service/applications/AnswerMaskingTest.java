package org.griddesk.desktop.service.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.griddesk.desktop.service.forms.FormItem;
import org.griddesk.desktop.service.forms.QuestionKind;
import org.junit.jupiter.api.Test;

/** Which answers a printed form masks: by registry field, by the question's name, by an answer's shape. */
class AnswerMaskingTest {

    @Test
    void numbersKnownByTheirRegistryFieldOrNameAreMasked() {
        assertEquals("5001**********004X", masked("/data/a/x", QuestionKind.TEXT, "50010119420305004X", "resident.idNumber"));
        assertEquals("138****5678", masked("/data/a/contact", QuestionKind.TEXT, "13812345678", "resident.phone"));
        assertEquals("***************0123", masked("/data/bank/bankAccount", QuestionKind.TEXT, "6222021234567890123", null));
        assertEquals("***************0123", masked("/data/bank/bank_account", QuestionKind.TEXT, "6222021234567890123", null));
        assertEquals("5001************4X42", masked("/d/disability_cert_no", QuestionKind.TEXT, "50010119420305004X42", null));
        assertEquals("*****6789", masked("/d/insurance_no", QuestionKind.TEXT, "A12346789", null));
        assertEquals("0571-****5678", masked("/d/proxy_phone", QuestionKind.TEXT, "0571-12345678", null));
    }

    @Test
    void aClerksOwnQuestionIsMaskedByTheShapeOfItsAnswer() {
        assertEquals("1101**********002X", masked("/data/shenfenzheng", QuestionKind.TEXT, "11010519491231002X", null));
        assertEquals("139****0000", masked("/data/lianxi", QuestionKind.TEXT, "13900000000", null));
        assertEquals("***************9999", masked("/data/kahao", QuestionKind.TEXT, "6222 0212 3456 7899 999", null)
                .replace(" ", ""));
    }

    @Test
    void whatIsNoPersonalNumberStaysWhole() {
        assertEquals("500101001001", masked("/data/division_code", QuestionKind.TEXT, "500101001001", null));
        assertEquals("王秀英", masked("/data/bank/account_holder", QuestionKind.TEXT, "王秀英", null));
        assertEquals("1234567890123456", masked("/data/assets/savings", QuestionKind.DECIMAL, "1234567890123456", null));
        assertEquals("", masked("/data/applicant/id_number", QuestionKind.TEXT, "", null));
    }

    private static String masked(String path, QuestionKind kind, String value, String prefill) {
        return AnswerMasking.forPrint(new FormItem.Question(path + "[1]", 1, path, kind, "label", null, false, false,
                List.of(), value, prefill, null));
    }
}
