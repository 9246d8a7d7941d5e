package org.griddesk.desktop.service.registry.imports;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.griddesk.model.code.CodeEntry;
import org.griddesk.model.code.CodeSet;
import org.griddesk.model.validation.IdentityNumbers;

/**
 * Turns cells as people fill them in into field values: codes or names into codes, the many ways of
 * writing a date into ISO, 15-digit identity numbers into 18. A value that cannot be understood is kept
 * as it was, so that validation names the problem rather than the import hiding it.
 */
final class CellValues {

    /** 1990-3-7, 1990/03/07, 1990.3.7, 1990年3月7日. */
    private static final Pattern SEPARATED_DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private CellValues() {
    }

    /** Full-width digits and letters (common with Chinese input methods) folded to ASCII, ends stripped. */
    static String folded(String cell) {
        return Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
    }

    /**
     * Spaces removed, check character upper-cased, a leading apostrophe (Excel's "keep as text") dropped,
     * and a 15-digit number upgraded to its 18-character form.
     */
    static String identityNumber(String cell) {
        String id = withoutWhitespace(folded(cell));
        if (id.startsWith("'")) {
            id = id.substring(1);
        }
        id = IdentityNumbers.normalize(id);
        return IdentityNumbers.upgradeFifteenDigit(id).orElse(id);
    }

    static String phone(String cell) {
        String phone = withoutWhitespace(folded(cell));
        return phone.startsWith("'") ? phone.substring(1) : phone;
    }

    static String code(String cell, CodeSet set) {
        String value = folded(cell);
        return set.table().resolve(value).map(CodeEntry::code).orElse(value);
    }

    static String date(String cell) {
        String value = folded(cell);
        Optional<LocalDate> date = parseDate(value, SEPARATED_DATE).or(() -> parseDate(value, COMPACT_DATE));
        return date.map(LocalDate::toString).orElse(value);
    }

    /** The birth date an identity number states, when it is an 18-character number with a real date. */
    static Optional<String> birthDateOf(String idNumber) {
        if (!IdentityNumbers.hasEighteenCharacterForm(idNumber)) {
            return Optional.empty();
        }
        return IdentityNumbers.birthDate(idNumber).map(LocalDate::toString);
    }

    static Optional<String> sexOf(String idNumber) {
        return IdentityNumbers.hasEighteenCharacterForm(idNumber)
                ? Optional.of(IdentityNumbers.sexCode(idNumber))
                : Optional.empty();
    }

    private static String withoutWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static Optional<LocalDate> parseDate(String value, Pattern pattern) {
        Matcher m = pattern.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
