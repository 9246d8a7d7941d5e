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

    int run(Path file, String grid, PrintWriter out, PrintWriter err) {
        return dryRun(file, ImportOptions.forGrid(grid), err).map(result -> {
            CheckReport report = CheckReport.of(result);
            report.lines().forEach(out::println);
            out.println(result.counts().validRows() + " valid rows, " + result.counts().invalidRows() + " invalid rows");
            return report.clean() ? 0 : StoreCommandSupport.PROBLEMS;
        }).orElse(StoreCommandSupport.UNREADABLE);
    }

    java.util.Optional<ImportResult> dryRun(Path file, ImportOptions options, PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            err.println("cannot read " + file + ": no such file");
            return java.util.Optional.empty();
        }
        try {
            ImportTable table = ImportFiles.read(file);
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
