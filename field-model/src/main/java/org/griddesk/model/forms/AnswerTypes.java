package org.griddesk.model.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.javarosa.core.model.Constants;

/** The text an XForm instance may hold for each bind type; anything else is an answer of the wrong type. */
final class AnswerTypes {

    private AnswerTypes() {
    }

    /** A Chinese description of what is wrong, or null if the text suits the type (empty text always does). */
    static String problem(int dataType, String text) {
        if (text.isEmpty()) {
            return null;
        }
        switch (dataType) {
            case Constants.DATATYPE_INTEGER:
                return text.matches("-?\\d{1,10}") && fitsInt(text) ? null : "“" + text + "”不是整数";
            case Constants.DATATYPE_LONG:
                return text.matches("-?\\d{1,18}") ? null : "“" + text + "”不是整数";
            case Constants.DATATYPE_DECIMAL:
                return isDecimal(text) ? null : "“" + text + "”不是数字";
            case Constants.DATATYPE_DATE:
                return isDate(text) ? null : "“" + text + "”不是日期（应为 YYYY-MM-DD）";
            case Constants.DATATYPE_CHOICE:
                return text.isBlank() || text.strip().contains(" ") ? "单选题只能有一个选项" : null;
            case Constants.DATATYPE_BOOLEAN:
                return text.matches("true|false|1|0") ? null : "“" + text + "”不是是/否";
            default:
                return null;
        }
    }

    private static boolean fitsInt(String text) {
        long value = Long.parseLong(text);
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    }

    private static boolean isDecimal(String text) {
        if (!text.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return false;
        }
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
