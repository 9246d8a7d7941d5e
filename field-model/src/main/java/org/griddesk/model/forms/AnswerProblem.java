package org.griddesk.model.forms;

import java.util.Objects;

/**
 * One thing wrong with an application's answers: what kind, the question's instance path (repeat instances
 * numbered from 1, as in XPath: {@code /data/members[2]/income}) and a message in Chinese that carries the
 * template's own constraint message where it has one.
 */
public record AnswerProblem(Kind kind, String path, String message) {

    public enum Kind {
        MISSING_REQUIRED, CONSTRAINT_VIOLATED, WRONG_TYPE, NOT_A_CHOICE, UNKNOWN_QUESTION,
        /** JavaRosa could not evaluate the form with these answers (an expression failed): nothing can be judged. */
        NOT_EVALUABLE
    }

    public AnswerProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
