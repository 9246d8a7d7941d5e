package org.griddesk.desktop.service.registry.imports;

import java.util.List;

/**
 * The outcome of a dry run: the records to write if the worker confirms (households first, so that a
 * resident's household exists before it), the rows left out with their problems, and the counts.
 */
public record ImportResult(ImportRow header, List<ImportedRecord> households, List<ImportedRecord> residents,
                           List<InvalidRow> invalidRows, List<RowProblem> problems, ImportCounts counts) {

    public ImportResult {
        households = List.copyOf(households);
        residents = List.copyOf(residents);
        invalidRows = List.copyOf(invalidRows);
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
