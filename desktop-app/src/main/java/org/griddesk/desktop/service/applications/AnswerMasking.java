package org.griddesk.desktop.service.applications;

import java.util.Locale;
import java.util.regex.Pattern;

import org.griddesk.desktop.service.forms.FormItem;
import org.griddesk.desktop.service.forms.QuestionKind;
import org.griddesk.model.privacy.Masking;

/**
 * Identity, phone and bank numbers among a form's answers, masked for paper. A question is known by the registry
 * field it is filled from, by its name as the built-in templates write it, or, in a clerk's own template, by an
 * answer shaped like such a number: paper leaves the worker's hands, so a number is rather masked once too often.
 */
final class AnswerMasking {

    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]([1-7][1-4]([Bb][0-9])?)?");
    private static final Pattern MOBILE = Pattern.compile("1[0-9]{10}");
    private static final Pattern LANDLINE = Pattern.compile("0[0-9]{2,3}-?[0-9]{7,8}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{16,19}");

    private AnswerMasking() {
    }

    static String forPrint(FormItem.Question question) {
        String value = question.value() == null ? "" : question.value().strip();
        if (value.isEmpty()) {
            return value;
        }
        String path = question.path();
        // id_number, idNumber and IDNUMBER alike
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replace("_", "");
        String prefill = question.prefillField() == null ? "" : question.prefillField();
        boolean text = question.kind() == QuestionKind.TEXT || question.kind() == QuestionKind.UNSUPPORTED;
        if (prefill.endsWith("idNumber") || name.contains("idnumber") || name.endsWith("certno")) {
            return Masking.idNumber(value);
        }
        if (prefill.endsWith("phone") || name.contains("phone") || name.contains("mobile")) {
            return Masking.phone(value);
        }
        if (name.contains("bankaccount") || name.contains("accountno") || name.contains("accountnumber")
                || name.contains("cardno") || name.contains("insuranceno")) {
            return Masking.accountNumber(value);
        }
        if (!text) {
            return value;
        }
        if (ID_NUMBER.matcher(value).matches()) {
            return Masking.idNumber(value);
        }
        if (MOBILE.matcher(value).matches() || LANDLINE.matcher(value).matches()) {
            return Masking.phone(value);
        }
        if (ACCOUNT.matcher(value.replace(" ", "")).matches()) {
            return Masking.accountNumber(value);
        }
        return value;
    }
}
