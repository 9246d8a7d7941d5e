package org.griddesk.model.validation;

import java.util.regex.Pattern;

/** Mainland China phone numbers as grid workers write them down. */
public final class PhoneNumbers {

    /** 11 digits, 1 then 3–9: every mobile number block in use. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /**
     * Area code with trunk prefix 0, hyphen, subscriber number: the three-digit area codes (010, 02x)
     * have eight-digit numbers, the four-digit ones (03xx–09xx) seven or eight; an extension may follow
     * after "-" or "转".
     */
    private static final Pattern LANDLINE =
            Pattern.compile("(0(10|2\\d)-\\d{8}|0[3-9]\\d{2}-\\d{7,8})((-|转)\\d{1,6})?");

    private PhoneNumbers() {
    }

    public static boolean isMobile(String number) {
        return number != null && MOBILE.matcher(number.strip()).matches();
    }

    public static boolean isLandline(String number) {
        return number != null && LANDLINE.matcher(number.strip()).matches();
    }

    public static boolean isValid(String number) {
        return isMobile(number) || isLandline(number);
    }
}
