package org.griddesk.desktop.service.registry.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetReadingTest {

    @TempDir
    Path dir;

    @Test
    void numberCellsAreReadInFullNotInScientificNotation() throws IOException {
        Path file = dir.resolve("numbers.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("身份证号");
            header.createCell(2).setCellValue("联系电话");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("张三");
            // What Excel keeps of an 18-digit number typed into a number cell: 15 significant digits.
            row.createCell(1).setCellValue(1.1010519491231E17);
            row.createCell(2).setCellValue(13812345678d);
            Row old = sheet.createRow(2);
            old.createCell(0).setCellValue("李四");
            old.createCell(1).setCellValue(500101920510224d);
            workbook.write(out);
        }

        ImportTable table = ImportFiles.read(file);

        assertEquals(List.of("张三", "110105194912310000", "13812345678"), table.rows().get(0).cells());
        assertEquals("500101920510224", table.rows().get(1).cell(1));
        assertEquals(3, table.rows().get(1).number());
    }

    @Test
    void titleLineAboveTheHeaderIsSkippedAndRowNumbersStayExcelRows() throws IOException {
        Path file = dir.resolve("template.csv");
        Files.writeString(file, "东方社区人员登记表,,\r\n姓名,身份证号,住址\r\n张三,11010519491231002X,\"一号楼\r\n二单元\"\r\n王五,,二号\r\n",
                Charset.forName("GBK"));

        ImportTable table = ImportFiles.read(file);

        assertEquals(List.of("姓名", "身份证号", "住址"), table.headers());
        assertEquals(List.of(3, 4), table.rows().stream().map(ImportRow::number).toList());
        assertEquals("一号楼\r\n二单元", table.rows().get(0).cell(2));
    }

    @Test
    void utf8WithoutBomIsNotMistakenForGbk() throws IOException {
        Path file = dir.resolve("utf8.csv");
        Files.writeString(file, "姓名,住址\n曾小明,曾家院子\n");

        assertEquals(List.of("曾小明", "曾家院子"), ImportFiles.read(file).rows().get(0).cells());
    }

    @Test
    void mappingCanBeSetByHand() {
        ColumnMapping recognised = ColumnMapping.recognize(List.of("名字", "证件", "*住址"));
        assertEquals(1, recognised.size());

        ColumnMapping byHand = recognised.with(ImportColumn.NAME, 0).with(ImportColumn.ID_NUMBER, 1);
        ImportRow row = new ImportRow(2, List.of("张三", "11010519491231002X", "一号"));

        assertEquals("张三", byHand.value(row, ImportColumn.NAME));
        assertEquals("一号", byHand.value(row, ImportColumn.ADDRESS));
        assertEquals("", byHand.without(ImportColumn.ADDRESS).value(row, ImportColumn.ADDRESS));
        // A file column holds one thing: mapping it anew releases it from what it held before.
        ColumnMapping moved = byHand.with(ImportColumn.PHONE, 1);
        assertEquals(Optional.of(1), moved.index(ImportColumn.PHONE));
        assertFalse(moved.isMapped(ImportColumn.ID_NUMBER));
    }

    @Test
    void exportedHeadersInEitherLanguageAreRecognisedOnImport() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            for (ImportColumn column : ImportColumn.values()) {
                assertEquals(Optional.of(column), ColumnMapping.recognizeHeader(column.label(locale)), column + " " + locale);
            }
        }
        assertEquals("公民身份号码", ImportColumn.ID_NUMBER.label(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Identity number", ImportColumn.ID_NUMBER.label(Locale.ENGLISH));
    }

    @Test
    void otherFileTypesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ImportFiles.read(dir.resolve("list.xls")));
    }
}
