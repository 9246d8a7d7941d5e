package org.griddesk.model.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Arithmetic of GB 11643 citizen identity numbers: six digits of region, eight of birth date, three
 * of sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
public final class IdentityNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private IdentityNumbers() {
    }

    /** Trims and upper-cases the check character, because people type "x" as often as "X". */
    public static String normalize(String idNumber) {
        return idNumber == null ? "" : idNumber.strip().toUpperCase(Locale.ROOT);
    }

    /** The MOD 11-2 check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17Digits) {
        if (first17Digits.length() < 17) {
            throw new IllegalArgumentException("need 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int digit = first17Digits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("not a digit at position " + (i + 1));
            }
            sum += digit * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** True for 17 digits followed by a digit or X. */
    public static boolean hasEighteenCharacterForm(String id) {
        if (id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        char last = id.charAt(17);
        return (last >= '0' && last <= '9') || last == 'X';
    }

    public static boolean isFifteenDigitForm(String id) {
        return id.length() == 15 && id.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The 18-character number of a pre-1999 15-digit one: century "19" inserted, check character added. */
    public static Optional<String> upgradeFifteenDigit(String fifteen) {
        String id = normalize(fifteen);
        if (!isFifteenDigitForm(id)) {
            return Optional.empty();
        }
        String first17 = id.substring(0, 6) + "19" + id.substring(6);
        return Optional.of(first17 + checkCharacter(first17));
    }

    public static boolean hasValidChecksum(String id18) {
        return hasEighteenCharacterForm(id18) && checkCharacter(id18) == id18.charAt(17);
    }

    /** The birth date encoded in positions 7–14, if it is a real calendar date. */
    public static Optional<LocalDate> birthDate(String id18) {
        try {
            return Optional.of(LocalDate.parse(id18.substring(6, 14), BIRTH_DATE));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** GB/T 2261.1 sex code from the sequence number: "1" (male) for odd, "2" (female) for even. */
    public static String sexCode(String id18) {
        return (id18.charAt(16) - '0') % 2 == 1 ? "1" : "2";
    }

    public static String regionCode(String id18) {
        return id18.substring(0, 6);
    }
}
