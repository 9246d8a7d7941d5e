package org.griddesk.desktop.service;

/**
 * Rates a passphrase by its length and the kinds of characters in it (lower case, upper case, digits, and
 * anything else, which includes Chinese characters). Fewer than 8 characters is always WEAK.
 */
public final class PassphrasePolicy {

    public static final int MINIMUM_LENGTH = 8;

    private PassphrasePolicy() {
    }

    public static PassphraseStrength assess(char[] passphrase) {
        int length = 0;
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < passphrase.length; i++) {
            int codePoint = Character.codePointAt(passphrase, i);
            if (Character.isSupplementaryCodePoint(codePoint)) {
                i++;
            }
            length++;
            if (Character.isLowerCase(codePoint)) {
                lower = true;
            } else if (Character.isUpperCase(codePoint)) {
                upper = true;
            } else if (Character.isDigit(codePoint)) {
                digit = true;
            } else if (!Character.isWhitespace(codePoint)) {
                other = true;
            }
        }
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        return rate(length, classes);
    }

    private static PassphraseStrength rate(int length, int classes) {
        if (length < MINIMUM_LENGTH) {
            return PassphraseStrength.WEAK;
        }
        if (length >= 20 || (length >= 16 && classes >= 2) || (length >= 12 && classes >= 3)) {
            return PassphraseStrength.STRONG;
        }
        if (length >= 12 || classes >= 2) {
            return PassphraseStrength.FAIR;
        }
        return PassphraseStrength.WEAK;
    }
}
