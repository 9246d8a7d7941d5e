package org.griddesk.desktop.service.registry.imports;

import java.util.List;

/** The header and data rows of an import file, whatever its format. */
public record ImportTable(ImportRow header, List<ImportRow> rows) {

    /** County templates often put a title line above the header, so the header is looked for in the first lines. */
    private static final int HEADER_SEARCH_ROWS = 10;

    public ImportTable {
        rows = List.copyOf(rows);
    }

    public List<String> headers() {
        return header.cells();
    }

    /**
     * Splits the non-blank lines of a file into header and data: the header is the first line naming at
     * least two known columns, or else simply the first line (the mapping step will sort it out).
     */
    static ImportTable fromLines(List<ImportRow> lines) {
        List<ImportRow> nonBlank = lines.stream().filter(row -> !row.isBlank()).toList();
        if (nonBlank.isEmpty()) {
            return new ImportTable(new ImportRow(1, List.of()), List.of());
        }
        int headerAt = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, nonBlank.size()); i++) {
            if (ColumnMapping.recognize(nonBlank.get(i).cells()).size() >= 2) {
                headerAt = i;
                break;
            }
        }
        return new ImportTable(nonBlank.get(headerAt), nonBlank.subList(headerAt + 1, nonBlank.size()));
    }
}
