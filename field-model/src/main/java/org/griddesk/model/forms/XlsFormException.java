package org.griddesk.model.forms;

/**
 * An XLSForm the converter cannot turn into an XForm, naming the cell a clerk has to fix: the sheet, the
 * spreadsheet row (1-based, as Excel shows it) and the column's header.
 */
public final class XlsFormException extends Exception {
    private final String sheet;
    private final int row;
    private final String column;

    public XlsFormException(String sheet, int row, String column, String problem) {
        super(sheet + " sheet, row " + row + ", column " + column + ": " + problem);
        this.sheet = sheet;
        this.row = row;
        this.column = column;
    }

    public String sheet() {
        return sheet;
    }

    public int row() {
        return row;
    }

    public String column() {
        return column;
    }
}
