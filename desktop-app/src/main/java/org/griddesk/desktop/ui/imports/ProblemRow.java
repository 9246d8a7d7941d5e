package org.griddesk.desktop.ui.imports;

/** One problem of the dry run's report: the row as Excel numbers it, the column's header, what is wrong. */
public record ProblemRow(int row, String column, String message) {
}
