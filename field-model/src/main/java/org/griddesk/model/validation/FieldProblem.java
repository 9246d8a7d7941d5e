package org.griddesk.model.validation;

import java.util.List;
import java.util.Objects;

/**
 * One refused field: which field, why (a stable code) and the arguments of the message. Arguments
 * never contain the refused value itself, so a problem can be logged or sent without leaking an
 * identity or phone number.
 */
public record FieldProblem(String field, ValidationCode code, List<String> args) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, ValidationCode code, String... args) {
        return new FieldProblem(field, code, List.of(args));
    }
}
