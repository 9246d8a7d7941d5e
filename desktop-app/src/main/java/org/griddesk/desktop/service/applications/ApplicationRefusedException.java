package org.griddesk.desktop.service.applications;

import java.util.List;

import org.griddesk.desktop.service.forms.FormProblem;

/** Submission refused: the questions JavaRosa found unanswered or wrong, or a missing signature. */
public final class ApplicationRefusedException extends RuntimeException {

    private final transient List<FormProblem> problems;
    private final boolean signatureMissing;

    public ApplicationRefusedException(List<FormProblem> problems, boolean signatureMissing) {
        super("application refused: " + problems.size() + " problem(s)" + (signatureMissing ? ", no signature" : ""));
        this.problems = List.copyOf(problems);
        this.signatureMissing = signatureMissing;
    }

    public List<FormProblem> problems() {
        return problems;
    }

    public boolean signatureMissing() {
        return signatureMissing;
    }
}
