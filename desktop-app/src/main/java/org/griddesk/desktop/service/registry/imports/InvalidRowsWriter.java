package org.griddesk.desktop.service.registry.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the rows an import left out back to a .csv or .xlsx file, as they were, with one more column
 * (问题) saying what to fix. Once fixed, the file can be imported by itself.
 */
public final class InvalidRowsWriter {

    private final ImportMessages messages;

    public InvalidRowsWriter(Locale locale) {
        this.messages = ImportMessages.forLocale(locale);
    }

    public void write(Path file, ImportResult result) throws IOException {
        List<String> header = new ArrayList<>(result.header().cells());
        int width = Math.max(header.size(),
                result.invalidRows().stream().mapToInt(r -> r.row().cells().size()).max().orElse(0));
        while (header.size() < width) {
            header.add("");
        }
        header.add(messages.problemsHeader());
        List<List<String>> rows = result.invalidRows().stream().map(invalid -> withProblems(invalid, width)).toList();
        TableWriter.write(file, header, rows, ProgressListener.NONE, rows.size());
    }

    private List<String> withProblems(InvalidRow invalid, int width) {
        List<String> cells = new ArrayList<>(width + 1);
        for (int i = 0; i < width; i++) {
            cells.add(invalid.row().cell(i));
        }
        cells.add(invalid.problems().stream()
                .map(p -> messages.problemInColumn(p.column(), p.message()))
                .collect(Collectors.joining(messages.separator())));
        return cells;
    }
}
