package org.griddesk.model.code;

import java.util.Optional;

/** Normalises the code forms people use (2/4/6/9/12 digits, GB/T 2260 or statistical) to 12 digits. */
public final class DivisionCodes {

    private static final String ZEROS = "000000000000";

    private DivisionCodes() {
    }

    /** "110105" and "110105000000" both give "110105000000"; anything not 2/4/6/9/12 digits gives empty. */
    public static Optional<String> toTwelveDigits(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.strip();
        if (!isDigits(trimmed)) {
            return Optional.empty();
        }
        return switch (trimmed.length()) {
            case 2, 4, 6, 9, 12 -> Optional.of(trimmed + ZEROS.substring(trimmed.length()));
            default -> Optional.empty();
        };
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
