package org.griddesk.desktop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.imports.CheckReport;
import org.griddesk.desktop.service.registry.imports.ColumnMapping;
import org.griddesk.desktop.service.registry.imports.ExistingResidents;
import org.griddesk.desktop.service.registry.imports.ImportColumn;
import org.griddesk.desktop.service.registry.imports.ImportFiles;
import org.griddesk.desktop.service.registry.imports.ImportOptions;
import org.griddesk.desktop.service.registry.imports.ImportResult;
import org.griddesk.desktop.service.registry.imports.ImportTable;
import org.griddesk.desktop.service.registry.imports.ResidentImporter;
import org.griddesk.model.code.DivisionTable;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.model.validation.RecordValidator;

/**
 * {@code check FILE}: validates a resident list the way an import would, without any store, and prints one
 * line per problem. Exit 0 clean, 1 problems, 2 the file could not be read.
 */
final class CheckCommand {

    private final Clock clock;
    private final Locale locale;

    CheckCommand(Clock clock, Locale locale) {
        this.clock = clock;
        this.locale = locale;
    }

    static CheckCommand standard() {
        return new CheckCommand(Clock.system(Registries.CHINA), Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Without {@code --grid} everything but the grid is checked (a village list seldom has a 网格 column: the
     * worker gives the grid at import), and the check says once how many rows import will need it for.
     */
    int run(Path file, String grid, PrintWriter out, PrintWriter err) {
        boolean gridLater = grid == null || grid.isBlank();
        int[] withoutGrid = {0};
        ImportOptions options = gridLater ? ImportOptions.gridGivenAtImport() : ImportOptions.forGrid(grid);
        return dryRun(file, options, err, table -> withoutGrid[0] = rowsWithoutGrid(table)).map(result -> {
            CheckReport report = CheckReport.of(result);
            report.lines().forEach(out::println);
            out.println(result.counts().validRows() + " valid rows, " + result.counts().invalidRows() + " invalid rows");
            if (gridLater && withoutGrid[0] > 0) {
                out.println("note: " + withoutGrid[0] + " rows have no 网格 (grid); import needs --grid CODE"
                        + " or a 网格 column for them");
            }
            return report.clean() ? 0 : StoreCommandSupport.PROBLEMS;
        }).orElse(StoreCommandSupport.UNREADABLE);
    }

    private static int rowsWithoutGrid(ImportTable table) {
        ColumnMapping mapping = ColumnMapping.recognize(table.headers());
        return (int) table.rows().stream().filter(row -> mapping.value(row, ImportColumn.GRID).isBlank()).count();
    }

    java.util.Optional<ImportResult> dryRun(Path file, ImportOptions options, PrintWriter err) {
        return dryRun(file, options, err, table -> { });
    }

    private java.util.Optional<ImportResult> dryRun(Path file, ImportOptions options, PrintWriter err,
                                                     java.util.function.Consumer<ImportTable> read) {
        if (!Files.isRegularFile(file)) {
            err.println("cannot read " + file + ": no such file");
            return java.util.Optional.empty();
        }
        try {
            ImportTable table = ImportFiles.read(file);
            read.accept(table);
            ResidentImporter importer = new ResidentImporter(new RecordValidator(DivisionTable.bundled(), clock),
                    new UuidV7Generator(), locale);
            return java.util.Optional.of(importer.dryRun(table, ColumnMapping.recognize(table.headers()), options));
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            // POI reports a damaged workbook with unchecked exceptions of its own
            err.println("cannot read " + file + ": not a readable .csv or .xlsx file");
            return java.util.Optional.empty();
        }
    }

    static ImportOptions optionsFor(String grid, ExistingResidents existing) {
        return ImportOptions.forGrid(grid).withExisting(existing);
    }
}
