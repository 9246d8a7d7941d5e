package org.griddesk.desktop.service.registry.imports;

import java.util.List;

/**
 * One data row of an import file. {@code number} is the row as a person sees it in Excel: the first
 * line of the file is row 1.
 */
public record ImportRow(int number, List<String> cells) {

    public ImportRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based column index; short rows read as empty cells. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
