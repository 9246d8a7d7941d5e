package org.griddesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import org.griddesk.desktop.service.registry.imports.ColumnMapping;
import org.griddesk.desktop.service.registry.imports.ImportFiles;
import org.griddesk.desktop.service.registry.imports.ImportOptions;
import org.griddesk.desktop.service.registry.imports.ImportResult;
import org.griddesk.desktop.service.registry.imports.ImportTable;
import org.griddesk.desktop.service.registry.imports.ResidentImporter;
import org.griddesk.model.code.DivisionTable;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.model.validation.RecordValidator;

/**
 * A village's spreadsheet of 10,000 residents (UTF-8 CSV as Excel exports it): reading, column recognition and
 * the validating dry run that produces the per-row report.
 */
final class ImportDryRunScenario implements Scenario {

    private static final int ROWS = 10_000;

    private Path file;

    @Override
    public String name() {
        return "import dry run, 10k rows csv (read + validate)";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public void prepare() throws Exception {
        if (file != null) {
            return;
        }
        file = Files.createTempFile("bench-import", ".csv");
        SyntheticSpreadsheet.writeCsv(file, ROWS);
    }

    @Override
    public double measure() throws Exception {
        long start = System.nanoTime();
        ImportTable table = ImportFiles.read(file);
        ColumnMapping mapping = ColumnMapping.recognize(table.headers());
        ImportResult result = new ResidentImporter(new RecordValidator(DivisionTable.bundled(), Clock.systemUTC()),
                new UuidV7Generator(), Locale.SIMPLIFIED_CHINESE).dryRun(table, mapping, ImportOptions.forGrid("500101001001"));
        double ms = (System.nanoTime() - start) / 1e6;
        if (result.residents().size() < ROWS * 9 / 10) {
            throw new IllegalStateException("only " + result.residents().size() + " of " + ROWS
                    + " synthetic rows were valid; the benchmark data is wrong: " + result.counts());
        }
        return ms;
    }

    @Override
    public void cleanUp() {
        // the file is reused across runs and removed when the JVM exits
        file.toFile().deleteOnExit();
    }
}
