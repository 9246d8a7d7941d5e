package org.griddesk.model.validation;

import static org.griddesk.model.validation.ValidationCode.ID_BIRTH_FUTURE;
import static org.griddesk.model.validation.ValidationCode.ID_BIRTH_INVALID;
import static org.griddesk.model.validation.ValidationCode.ID_BIRTH_MISMATCH;
import static org.griddesk.model.validation.ValidationCode.ID_CHECKSUM;
import static org.griddesk.model.validation.ValidationCode.ID_FORMAT;
import static org.griddesk.model.validation.ValidationCode.ID_LEGACY_FORMAT;
import static org.griddesk.model.validation.ValidationCode.ID_LENGTH;
import static org.griddesk.model.validation.ValidationCode.ID_REGION_FORMER;
import static org.griddesk.model.validation.ValidationCode.ID_REGION_UNKNOWN;
import static org.griddesk.model.validation.ValidationCode.ID_SEX_MISMATCH;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.griddesk.model.code.DivisionHistory;
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
    private final DivisionHistory history;
    private final Clock clock;

    /** Today's divisions and the bundled history of county codes since 1980. */
    public IdentityNumberValidator(DivisionTable divisions, Clock clock) {
        this(divisions, DivisionHistory.bundled(), clock);
    }

    public IdentityNumberValidator(DivisionTable divisions, DivisionHistory history, Clock clock) {
        this.divisions = divisions;
        this.history = history;
        this.clock = clock;
    }

    /**
     * What a person should know about a number that is accepted: its county code names a county abolished or
     * renamed since (with the name and the years it was listed). A note, never a refusal; empty for a number that
     * is refused or whose county still exists.
     */
    public List<FieldProblem> notes(String field, String idNumber) {
        String id = IdentityNumbers.normalize(idNumber);
        if (firstFailure(id).isPresent()) {
            return List.of();
        }
        String region = IdentityNumbers.regionCode(id);
        if (divisions.exists(region)) {
            return List.of();
        }
        return history.find(region).map(former -> List.of(FieldProblem.of(field, ID_REGION_FORMER, former.name(),
                Integer.toString(former.firstYear()), Integer.toString(former.lastYear())))).orElse(List.of());
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
     * People keep their number for life while counties merge and are renumbered (万县市 512201, abolished in
     * 1992, still opens valid numbers), so a code is known when today's table or any list since 1980 has it.
     * Only a code that never existed is refused.
     */
    private boolean isKnownRegion(String region) {
        return divisions.exists(region) || history.find(region).isPresent();
    }
}
