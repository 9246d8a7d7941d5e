package org.griddesk.model.privacy;

/**
 * How identity and phone numbers appear in lists, exports for review and anything else that is not
 * the one screen where the full number is needed (and whose reading is audited).
 */
public final class Masking {

    private Masking() {
    }

    /** "11010519491231002X" becomes "1101**********002X": region's province and city, and the last four. */
    public static String idNumber(String idNumber) {
        return keepEnds(idNumber, 4, 4);
    }

    /** "13812345678" becomes "138****5678"; a landline keeps its area code and last four digits. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String number = phone.strip();
        int hyphen = number.indexOf('-');
        if (hyphen > 0) {
            return number.substring(0, hyphen + 1) + keepEnds(number.substring(hyphen + 1), 0, 4);
        }
        return keepEnds(number, 3, 4);
    }

    /** A bank account or card number keeps its last four digits only ("尾号"), as bank statements print it. */
    public static String accountNumber(String account) {
        return account == null ? null : keepEnds(account.replace(" ", ""), 0, 4);
    }

    /** Too short to keep both ends and still hide something: everything is hidden. */
    private static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.length() <= head + tail) {
            return "*".repeat(s.length());
        }
        return s.substring(0, head) + "*".repeat(s.length() - head - tail) + s.substring(s.length() - tail);
    }
}
