package org.griddesk.desktop.service.registry.imports;

import static org.griddesk.desktop.service.registry.imports.ResidentListFiles.EXPECTED_REPORT;
import static org.griddesk.desktop.service.registry.imports.ResidentListFiles.GRID;
import static org.griddesk.desktop.service.registry.imports.ResidentListFiles.HEADER;
import static org.griddesk.desktop.service.registry.imports.ResidentListFiles.ROWS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.ResidentFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidentImporterTest {

    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    @Test
    void gbkCsvGivesExactlyTheExpectedReportAndOnlyGoodRowsBecomeRecords() throws IOException {
        Path file = ResidentListFiles.writeCsv(dir.resolve("人员.csv"), HEADER, ROWS, GBK, false);

        ImportResult result = ResidentListFiles.dryRun(file, ImportOptions.forGrid(GRID));

        assertEquals(EXPECTED_REPORT, CheckReport.of(result).lines());
        assertFalse(CheckReport.of(result).clean());
        assertGoodHouseholdImported(result);
    }

    @Test
    void xlsxWithNumberAndDateCellsGivesTheSameReportAndRecords() throws IOException {
        Path file = ResidentListFiles.writeXlsx(dir.resolve("人员.xlsx"));

        ImportResult result = ResidentListFiles.dryRun(file, ImportOptions.forGrid(GRID));

        assertEquals(EXPECTED_REPORT, CheckReport.of(result).lines());
        assertGoodHouseholdImported(result);
    }

    @Test
    void reimportWithExistingResidentsUpdatesInsteadOfDuplicating() throws IOException {
        Path file = ResidentListFiles.writeCsv(dir.resolve("人员.csv"), HEADER, ROWS, GBK, false);
        ImportResult first = ResidentListFiles.dryRun(file, ImportOptions.forGrid(GRID));
        List<FieldRecord> stored = first.residents().stream().map(ImportedRecord::record).toList();

        ImportResult second = ResidentListFiles.dryRun(file,
                ImportOptions.forGrid(GRID).withExisting(ExistingResidents.of(stored)));

        assertEquals(new ImportCounts(2, 3, 0, 2, 0, 1), second.counts());
        assertEquals(ids(first.residents()), ids(second.residents()));
        assertEquals(ids(first.households()), ids(second.households()));
        assertTrue(second.residents().stream().allMatch(r -> r.action() == ImportAction.UPDATE));
    }

    @Test
    void englishHeadersAndUtf8WithBomAreRecognisedAndMessagesCanBeEnglish() throws IOException {
        List<String> header = List.of("Name", "ID Number", "relation", "household_no", "address", "division_code", "grid");
        List<List<String>> rows = List.of(
                List.of("Zhang Wei", "500101199003071236", "head of household", "7", "\"Quoted\" Lane 1, Room 2", GRID, GRID),
                List.of("Li Na", "500101199003071230", "spouse", "7", "", "", ""));
        Path file = ResidentListFiles.writeCsv(dir.resolve("residents.csv"), header, rows, StandardCharsets.UTF_8, true);
        ImportTable table = ImportFiles.read(file);

        ImportResult result = ResidentListFiles.importer(Locale.ENGLISH)
                .dryRun(table, ColumnMapping.recognize(table.headers()), ImportOptions.forGrid(null));

        assertEquals(List.of(
                "row 3, column ID Number: id_checksum The check character of this identity number is wrong; please check each digit",
                "row 2, column household_no: household_row_invalid Row 3 of the same household has problems, so the household is not imported yet")
                .stream().sorted().toList(), CheckReport.of(result).lines().stream().sorted().toList());
        assertEquals("\"Quoted\" Lane 1, Room 2", table.rows().get(0).cell(4));
        assertEquals(new ImportCounts(0, 2, 0, 0, 0, 0), result.counts());
    }

    @Test
    void householdRulesAndDuplicateIdentityNumbersAreCheckedAcrossRows() throws IOException {
        List<List<String>> rows = List.of(
                List.of("甲", "500101199003071236", "男", "", "汉族", "子", "", "A", "一号", GRID),
                List.of("乙", "500101199205102248", "女", "", "汉族", "女", "", "A", "一号", GRID),
                List.of("丙", "500101198501013456", "男", "", "汉族", "户主", "", "B", "二号", GRID),
                List.of("丁", "500101199003071236", "男", "", "汉族", "子", "", "B", "三号", GRID),
                List.of("戊", "50010119700202456X", "女", "", "汉族", "户主", "", "C", "四号", GRID),
                List.of("己", "500101200003035679", "男", "", "汉族", "户主", "", "C", "四号", GRID));
        Path file = ResidentListFiles.writeCsv(dir.resolve("户.csv"), HEADER, rows, StandardCharsets.UTF_8, false);

        ImportResult result = ResidentListFiles.dryRun(file, ImportOptions.forGrid(GRID));

        assertEquals(List.of(
                "row 2, column 与户主关系: household_no_head 户号 A 没有户主，每户须有且只有一名户主",
                "row 3, column 与户主关系: household_no_head 户号 A 没有户主，每户须有且只有一名户主",
                "row 4, column 户号: household_row_invalid 同户第 5 行有问题，整户暂不导入",
                "row 5, column 公民身份号码: duplicate_id_number 该身份证号在第 2 行已出现过",
                "row 5, column 住址: household_mismatch 与同户第 4 行填写的不一致",
                "row 6, column 与户主关系: household_several_heads 户号 C 有多名户主，每户须有且只有一名户主",
                "row 7, column 与户主关系: household_several_heads 户号 C 有多名户主，每户须有且只有一名户主"),
                CheckReport.of(result).lines());
        assertTrue(result.residents().isEmpty());
    }

    @Test
    void reportsProgressPerRowAndStopsWhenCancelled() throws IOException {
        Path file = ResidentListFiles.writeCsv(dir.resolve("人员.csv"), HEADER, ROWS, GBK, false);
        List<Long> progress = new ArrayList<>();
        ImportOptions counting = ImportOptions.forGrid(GRID).withProgress((done, total) -> {
            assertEquals(ROWS.size(), total);
            progress.add(done);
        }, () -> false);
        ResidentListFiles.dryRun(file, counting);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), progress.stream().sorted().toList());

        AtomicInteger asked = new AtomicInteger();
        ImportOptions cancelling = ImportOptions.forGrid(GRID).withProgress(ProgressListener.NONE,
                () -> asked.incrementAndGet() > 3);
        assertThrows(ImportCancelledException.class, () -> ResidentListFiles.dryRun(file, cancelling));
    }

    @Test
    void tenThousandRowsAreCheckedInOnePass() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String first17 = String.format("5001011990%02d%02d%03d", 1 + i % 12, 1 + i % 28, i % 1000);
            String id = first17 + org.griddesk.model.validation.IdentityNumbers.checkCharacter(first17);
            rows.add(List.of("居民" + i, id, "", "", "汉族", "户主", "", "H" + i, "村" + i + "号", GRID));
        }
        Path file = ResidentListFiles.writeCsv(dir.resolve("大表.csv"), HEADER, rows, GBK, false);

        ImportResult result = ResidentListFiles.dryRun(file, ImportOptions.forGrid(GRID));

        // Numbers repeat every 12*28*1000 combinations at most; within 10,000 rows each is distinct.
        assertEquals(new ImportCounts(10_000, 0, 10_000, 0, 10_000, 0), result.counts());
    }

    private static void assertGoodHouseholdImported(ImportResult result) {
        assertEquals(new ImportCounts(2, 3, 2, 0, 1, 0), result.counts());
        assertEquals(List.of(4, 5, 6), result.invalidRows().stream().map(r -> r.row().number()).toList());

        Map<String, FieldRecord> byName = result.residents().stream().map(ImportedRecord::record)
                .collect(Collectors.toMap(r -> r.string(ResidentFields.NAME).orElseThrow(), Function.identity()));
        assertEquals(Set.of("张三", "李四"), byName.keySet());
        FieldRecord household = result.households().get(0).record();
        FieldRecord zhang = byName.get("张三");
        FieldRecord li = byName.get("李四");

        assertEquals("13812345678", zhang.string(ResidentFields.PHONE).orElseThrow());
        assertEquals("1990-03-07", zhang.string(ResidentFields.BIRTH_DATE).orElseThrow());
        assertEquals("02", zhang.string(ResidentFields.RELATION).orElseThrow());
        assertEquals("1", zhang.string(ResidentFields.SEX).orElseThrow());
        assertEquals("01", zhang.string(ResidentFields.ETHNICITY).orElseThrow());
        // The 15-digit number is upgraded; sex and birth date come from it.
        assertEquals("500101199205102248", li.string(ResidentFields.ID_NUMBER).orElseThrow());
        assertEquals("2", li.string(ResidentFields.SEX).orElseThrow());
        assertEquals("1992-05-10", li.string(ResidentFields.BIRTH_DATE).orElseThrow());
        assertEquals("12", li.string(ResidentFields.RELATION).orElseThrow());

        assertEquals(household.id(), zhang.string(ResidentFields.HOUSEHOLD_ID).orElseThrow());
        assertEquals(household.id(), li.string(ResidentFields.HOUSEHOLD_ID).orElseThrow());
        assertEquals(zhang.id(), household.string(HouseholdFields.HEAD_ID).orElseThrow());
        assertEquals("东方广场1号,\n2单元", household.string(HouseholdFields.ADDRESS).orElseThrow());
        assertEquals(GRID, household.string(HouseholdFields.DIVISION_CODE).orElseThrow());
        assertEquals(GRID, li.string(ResidentFields.GRID).orElseThrow());
        assertEquals("H1", household.string(HouseholdFields.HOUSE_NO).orElseThrow());
    }

    private static List<String> ids(List<ImportedRecord> records) {
        return records.stream().map(r -> r.record().id()).toList();
    }
}
