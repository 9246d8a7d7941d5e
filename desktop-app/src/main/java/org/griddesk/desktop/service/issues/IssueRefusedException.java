package org.griddesk.desktop.service.issues;

import java.util.List;

/** The service refused a draft or a status step; nothing was written. */
public final class IssueRefusedException extends RuntimeException {

    private final transient List<IssueProblem> problems;

    public IssueRefusedException(List<IssueProblem> problems) {
        super("issue refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<IssueProblem> problems() {
        return problems;
    }
}
