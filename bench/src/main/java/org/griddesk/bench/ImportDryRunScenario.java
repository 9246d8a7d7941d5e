package org.griddesk.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
    private static final String[] RELATIONS = {"户主", "配偶", "子", "女"};

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
        List<SyntheticResidents.Person> people = SyntheticResidents.generate(ROWS, 11);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write("姓名,公民身份号码,性别,出生日期,民族,与户主关系,联系电话,户号,住址,区划代码,网格\n");
            for (int i = 0; i < people.size(); i++) {
                SyntheticResidents.Person p = people.get(i);
                out.write(String.join(",", p.name(), p.idNumber(), p.sexCode().equals("1") ? "男" : "女",
                        p.birthDate().toString(), "汉族", RELATIONS[i % 3 == 0 ? 0 : 1 + i % 3], p.phone(),
                        p.householdNo(), p.address(), "500101001001", "500101001001"));
                out.write('\n');
            }
        }
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
