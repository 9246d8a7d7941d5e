package org.griddesk.desktop.service.forms;

/** A question that keeps the whole form from being submitted, by its key and path. */
public record FormProblem(String key, String path, AnswerOutcome outcome) {
}
