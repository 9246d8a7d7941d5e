package org.griddesk.desktop.service.registry.imports;

import java.util.List;

/** The problems of a file as the command line's {@code check FILE} prints them, one line each. */
public final class CheckReport {

    private final List<RowProblem> problems;

    public CheckReport(List<RowProblem> problems) {
        this.problems = List.copyOf(problems);
    }

    public static CheckReport of(ImportResult result) {
        return new CheckReport(result.problems());
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /** "row N, column NAME: CODE message" for each problem, in row order. */
    public List<String> lines() {
        return problems.stream().map(CheckReport::line).toList();
    }

    public static String line(RowProblem p) {
        return "row " + p.row() + ", column " + p.column() + ": " + p.code() + " " + p.message();
    }
}
