package org.griddesk.model.validation;

import static org.griddesk.model.validation.ValidationCode.ID_BIRTH_FUTURE;
import static org.griddesk.model.validation.ValidationCode.ID_BIRTH_INVALID;
import static org.griddesk.model.validation.ValidationCode.ID_BIRTH_MISMATCH;
import static org.griddesk.model.validation.ValidationCode.ID_CHECKSUM;
import static org.griddesk.model.validation.ValidationCode.ID_FORMAT;
import static org.griddesk.model.validation.ValidationCode.ID_LEGACY_FORMAT;
import static org.griddesk.model.validation.ValidationCode.ID_LENGTH;
import static org.griddesk.model.validation.ValidationCode.ID_REGION_UNKNOWN;
import static org.griddesk.model.validation.ValidationCode.ID_SEX_MISMATCH;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.griddesk.model.code.DivisionTable;

/**
 * Checks a GB 11643 identity number, and that the birth date and sex entered next to it agree with it.
 * Disagreements are reported on the birth date and sex fields: a number that passed its check
 * character is far more likely right than a hand-typed date.
 */
public final class IdentityNumberValidator {

    /** Nobody alive was born before this; earlier dates in a number are typing errors. */
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

    private final DivisionTable divisions;
    private final Clock clock;

    public IdentityNumberValidator(DivisionTable divisions, Clock clock) {
        this.divisions = divisions;
        this.clock = clock;
    }

    /** The number alone, reported on {@code field}. */
    public List<FieldProblem> validate(String field, String idNumber) {
        List<FieldProblem> problems = new ArrayList<>();
        checkNumber(field, IdentityNumbers.normalize(idNumber), problems);
        return problems;
    }

    /**
     * The number and its agreement with the entered birth date and sex; either may be null when not
     * entered. Agreement is checked only when the number itself is sound.
     */
    public List<FieldProblem> validate(String idField, String idNumber,
                                       String birthDateField, LocalDate enteredBirthDate,
                                       String sexField, String enteredSex) {
        List<FieldProblem> problems = new ArrayList<>();
        String id = IdentityNumbers.normalize(idNumber);
        if (!checkNumber(idField, id, problems)) {
            return problems;
        }
        if (enteredBirthDate != null && !enteredBirthDate.equals(IdentityNumbers.birthDate(id).orElseThrow())) {
            problems.add(FieldProblem.of(birthDateField, ID_BIRTH_MISMATCH));
        }
        // 0 (unknown) and 9 (unspecified) make no claim that the number could contradict.
        if (("1".equals(enteredSex) || "2".equals(enteredSex)) && !enteredSex.equals(IdentityNumbers.sexCode(id))) {
            problems.add(FieldProblem.of(sexField, ID_SEX_MISMATCH));
        }
        return problems;
    }

    private boolean checkNumber(String field, String id, List<FieldProblem> problems) {
        Optional<ValidationCode> failure = firstFailure(id);
        failure.ifPresent(code -> problems.add(FieldProblem.of(field, code)));
        return failure.isEmpty();
    }

    private Optional<ValidationCode> firstFailure(String id) {
        if (IdentityNumbers.isFifteenDigitForm(id)) {
            return Optional.of(ID_LEGACY_FORMAT);
        }
        if (id.length() != 18) {
            return Optional.of(ID_LENGTH);
        }
        if (!IdentityNumbers.hasEighteenCharacterForm(id)) {
            return Optional.of(ID_FORMAT);
        }
        if (!IdentityNumbers.hasValidChecksum(id)) {
            return Optional.of(ID_CHECKSUM);
        }
        if (!isKnownRegion(IdentityNumbers.regionCode(id))) {
            return Optional.of(ID_REGION_UNKNOWN);
        }
        Optional<LocalDate> birth = IdentityNumbers.birthDate(id);
        if (birth.isEmpty() || birth.get().isBefore(EARLIEST_BIRTH)) {
            return Optional.of(ID_BIRTH_INVALID);
        }
        if (birth.get().isAfter(LocalDate.now(clock))) {
            return Optional.of(ID_BIRTH_FUTURE);
        }
        return Optional.empty();
    }

    /**
     * People keep their number for life while counties merge and are renumbered (a number issued in a
     * district abolished since is still valid), so a county code missing from today's table is accepted
     * when its city still exists. A province or city that never existed is refused.
     */
    private boolean isKnownRegion(String region) {
        return divisions.exists(region.substring(0, 2))
                && (divisions.exists(region) || divisions.exists(region.substring(0, 4)));
    }
}
