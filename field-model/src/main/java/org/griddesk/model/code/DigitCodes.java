package org.griddesk.model.code;

/**
 * Whether a text is a code of ASCII digits of a given length. The platform asks this of every grid code of every pushed
 * record, twice or more; a regular expression there cost several percent of a push.
 */
public final class DigitCodes {

    private DigitCodes() {
    }

    /** {@code text} is exactly {@code length} characters, each 0 to 9. */
    public static boolean isDigits(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
