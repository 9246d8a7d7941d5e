package org.griddesk.desktop.service.registry.imports;

import static org.griddesk.desktop.service.registry.imports.ResidentListFiles.GRID;
import static org.griddesk.desktop.service.registry.imports.ResidentListFiles.HEADER;
import static org.griddesk.desktop.service.registry.imports.ResidentListFiles.ROWS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.griddesk.model.record.FieldRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvalidRowsAndExportTest {

    @TempDir
    Path dir;

    @Test
    void invalidRowsAreWrittenBackWithTheirProblemsToXlsxAndCsv() throws IOException {
        Path source = ResidentListFiles.writeCsv(dir.resolve("人员.csv"), HEADER, ROWS, StandardCharsets.UTF_8, false);
        ImportResult result = ResidentListFiles.dryRun(source, ImportOptions.forGrid(GRID));
        InvalidRowsWriter writer = new InvalidRowsWriter(Locale.SIMPLIFIED_CHINESE);

        for (String name : List.of("问题行.xlsx", "问题行.csv")) {
            Path invalid = dir.resolve(name);
            writer.write(invalid, result);
            ImportTable back = ImportFiles.read(invalid);

            assertEquals("问题", back.headers().get(HEADER.size()), name);
            assertEquals(List.of("王五", "赵六", "钱七"), back.rows().stream().map(r -> r.cell(0)).toList(), name);
            assertEquals("500101198501013450", back.rows().get(0).cell(1), name);
            assertEquals("公民身份号码：身份证号校验位不对，请逐位核对", back.rows().get(0).cell(HEADER.size()), name);
        }
        byte[] csv = Files.readAllBytes(dir.resolve("问题行.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
    }

    @Test
    void fixedInvalidRowsFileImportsByItself() throws IOException {
        Path source = ResidentListFiles.writeCsv(dir.resolve("人员.csv"), HEADER, ROWS, StandardCharsets.UTF_8, false);
        ImportResult result = ResidentListFiles.dryRun(source, ImportOptions.forGrid(GRID));
        Path invalid = dir.resolve("问题行.csv");
        new InvalidRowsWriter(Locale.SIMPLIFIED_CHINESE).write(invalid, result);

        String fixed = Files.readString(invalid, StandardCharsets.UTF_8)
                .replace("500101198501013450", "500101198501013456")
                .replace("500101999999", GRID)
                .replace("2099-01-01", "");
        Files.writeString(invalid, fixed, StandardCharsets.UTF_8);

        ImportResult again = ResidentListFiles.dryRun(invalid, ImportOptions.forGrid(GRID));
        assertTrue(CheckReport.of(again).clean(), () -> String.join("\n", CheckReport.of(again).lines()));
        assertEquals(3, again.counts().residentsToCreate());
    }

    @Test
    void exportedResidentsImportAgainUnchangedAndMaskedExportHidesNumbers() throws IOException {
        Path source = ResidentListFiles.writeXlsx(dir.resolve("人员.xlsx"));
        ImportResult result = ResidentListFiles.dryRun(source, ImportOptions.forGrid(GRID));
        List<FieldRecord> residents = result.residents().stream().map(ImportedRecord::record).toList();
        Map<String, FieldRecord> households = result.households().stream().map(ImportedRecord::record)
                .collect(Collectors.toMap(FieldRecord::id, Function.identity()));
        ResidentExporter exporter = new ResidentExporter(Locale.SIMPLIFIED_CHINESE);

        for (String name : List.of("导出.xlsx", "导出.csv")) {
            Path export = dir.resolve(name);
            List<Long> progress = new ArrayList<>();
            exporter.export(export, residents, households, true, (done, total) -> progress.add(done), () -> false);
            assertEquals(List.of(1L, 2L), progress, name);

            ImportResult reimported = ResidentListFiles.dryRun(export,
                    ImportOptions.forGrid(GRID).withExisting(ExistingResidents.of(residents)));
            assertTrue(reimported.clean(), () -> String.join("\n", CheckReport.of(reimported).lines()));
            assertEquals(new ImportCounts(2, 0, 0, 2, 0, 1), reimported.counts(), name);
            for (ImportedRecord updated : reimported.residents()) {
                FieldRecord original = residents.stream().filter(r -> r.id().equals(updated.record().id())).findFirst().orElseThrow();
                assertEquals(original.fields(), updated.record().fields(), name);
            }
        }

        Path masked = dir.resolve("核对.csv");
        exporter.export(masked, residents, households, false, ProgressListener.NONE, () -> false);
        String text = Files.readString(masked, StandardCharsets.UTF_8);
        assertFalse(text.contains("500101199003071236"));
        assertFalse(text.contains("13812345678"));
        assertTrue(text.contains("5001**********1236"));
        assertTrue(text.contains("138****5678"));
    }

    @Test
    void residentFieldsKeepTheirCodesThroughExport() throws IOException {
        Path source = ResidentListFiles.writeCsv(dir.resolve("人员.csv"), HEADER, ROWS, StandardCharsets.UTF_8, false);
        ImportResult result = ResidentListFiles.dryRun(source, ImportOptions.forGrid(GRID));
        Path export = dir.resolve("导出.csv");
        new ResidentExporter(Locale.SIMPLIFIED_CHINESE).export(export,
                result.residents().stream().map(ImportedRecord::record).toList(),
                result.households().stream().map(ImportedRecord::record).collect(Collectors.toMap(FieldRecord::id, r -> r)),
                true, ProgressListener.NONE, () -> false);

        ImportTable table = ImportFiles.read(export);
        assertEquals(List.of("姓名", "公民身份号码", "性别", "出生日期", "民族", "与户主关系", "联系电话", "户号", "住址", "区划代码", "网格"),
                table.headers());
        assertEquals(List.of("张三", "500101199003071236", "男", "1990-03-07", "汉族", "户主", "13812345678", "H1",
                "东方广场1号,\n2单元", GRID, GRID), table.rows().get(0).cells());
    }
}
