package org.griddesk.model.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.griddesk.model.code.DivisionTable;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;

/**
 * Validates a whole record's fields by its type. The desktop app shows each problem on its field; the
 * platform runs the same checks again and turns problems into a machine-readable rejection.
 */
public final class RecordValidator {

    /** Field names that would hold a secret no grid worker may ever collect (bank PINs, passwords). */
    private static final List<String> FORBIDDEN_NAME_PARTS = List.of("password", "passwd", "pwd", "pincode", "密码");

    private final DivisionTable divisions;
    private final Clock clock;
    private final Map<RecordType, RecordRules> rules;
    private final IdentityNumberValidator identityNumbers;

    public RecordValidator(DivisionTable divisions, Clock clock) {
        this.divisions = divisions;
        this.clock = clock;
        this.identityNumbers = new IdentityNumberValidator(divisions, clock);
        this.rules = Map.of(
                RecordType.GRID, new GridRules(),
                RecordType.HOUSEHOLD, new HouseholdRules(),
                RecordType.RESIDENT, new ResidentRules(identityNumbers),
                RecordType.VISIT, new VisitRules());
    }

    /** A deleted record is not checked: deleting bad data must always be possible. */
    public List<FieldProblem> validate(FieldRecord record) {
        return record.deleted() ? List.of() : validate(record.type(), record.fields());
    }

    /**
     * Record types without rules of their own here (issues, applications, templates) still need their
     * grid and may hold no secret fields.
     */
    public List<FieldProblem> validate(RecordType type, Map<String, Object> fields) {
        FieldChecks checks = new FieldChecks(fields, divisions, clock);
        RecordRules typeRules = rules.get(type);
        if (typeRules != null) {
            typeRules.check(checks);
        } else if (type != RecordType.FORM_TEMPLATE) {
            checks.required("grid");
            checks.gridCode("grid");
        }
        List<FieldProblem> problems = new ArrayList<>(checks.problems());
        fields.keySet().stream().filter(RecordValidator::isForbiddenName)
                .forEach(name -> problems.add(FieldProblem.of(name, ValidationCode.FORBIDDEN_FIELD)));
        return List.copyOf(problems);
    }

    /**
     * What a person should know about values that are accepted (an identity number from a county abolished
     * since): shown beside the field, never blocking a save or a sync.
     */
    public List<FieldProblem> notes(RecordType type, Map<String, Object> fields) {
        if (type != RecordType.RESIDENT || !(fields.get(ResidentFields.ID_NUMBER) instanceof String id)) {
            return List.of();
        }
        return identityNumbers.notes(ResidentFields.ID_NUMBER, id);
    }

    static boolean isForbiddenName(String fieldName) {
        if (!mayHoldForbiddenPart(fieldName)) {
            return false;
        }
        String lower = fieldName.toLowerCase(Locale.ROOT);
        return FORBIDDEN_NAME_PARTS.stream().anyMatch(lower::contains);
    }

    /**
     * Every forbidden part holds a "p" or "密": a name with neither (nearly all of them) needs no lower-casing.
     * The platform checks every field of every record a push saves, and this check was a twentieth of its time.
     */
    private static boolean mayHoldForbiddenPart(String fieldName) {
        for (int i = 0; i < fieldName.length(); i++) {
            char c = fieldName.charAt(i);
            if (c == 'p' || c == 'P' || c == '密' || c > 0x7f && Character.toLowerCase(c) == 'p') {
                return true;
            }
        }
        return false;
    }
}
