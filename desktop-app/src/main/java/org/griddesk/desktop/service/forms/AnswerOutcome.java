package org.griddesk.desktop.service.forms;

import java.util.Optional;

/** What JavaRosa said about one answer: accepted, or refused with the template's own message. */
public record AnswerOutcome(Kind kind, String message) {

    public enum Kind { OK, REQUIRED, CONSTRAINT, WRONG_TYPE }

    public static final AnswerOutcome OK = new AnswerOutcome(Kind.OK, "");

    public boolean accepted() {
        return kind == Kind.OK;
    }

    /** The template's message, when it has one; the screen falls back to its own words otherwise. */
    public Optional<String> templateMessage() {
        return message == null || message.isBlank() ? Optional.empty() : Optional.of(message);
    }
}
