package org.griddesk.desktop.service.registry.imports;

import java.util.List;

/** A row that will not be imported, with every reason, for the worker to fix. */
public record InvalidRow(ImportRow row, List<RowProblem> problems) {

    public InvalidRow {
        problems = List.copyOf(problems);
    }
}
