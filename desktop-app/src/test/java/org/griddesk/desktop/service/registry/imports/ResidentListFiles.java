package org.griddesk.desktop.service.registry.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.griddesk.model.code.DivisionTable;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.model.validation.RecordValidator;

/** The resident list the import tests share, and ways to write it as Excel and its users would. */
final class ResidentListFiles {

    static final String GRID = "500101001001";
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    static final List<String> HEADER = List.of("姓名", "公民身份号码", "性别", "出生日期", "民族", "与户主关系",
            "联系电话", "户号", "住址", "区划代码");

    /** Rows 2 and 3 form household H1; row 4 has a wrong check character, row 5 an unknown division, row 6 a future birth date. */
    static final List<List<String>> ROWS = List.of(
            List.of("张三", "500101199003071236", "男", "1990-03-07", "汉族", "户主", "13812345678", "H1",
                    "东方广场1号,\n2单元", GRID),
            List.of("李四", "500101920510224", "", "", "01", "妻", "", "H1", "", ""),
            List.of("王五", "500101198501013450", "1", "", "汉族", "02", "", "H2", "河边村3号", GRID),
            List.of("赵六", "50010119700202456X", "女", "", "汉族", "户主", "", "H3", "河边村4号", "500101999999"),
            List.of("钱七", "500101200003035679", "男", "2099-01-01", "汉族", "户主", "", "H4", "河边村5号", GRID));

    static final List<String> EXPECTED_REPORT = List.of(
            "row 4, column 公民身份号码: id_checksum 身份证号校验位不对，请逐位核对",
            "row 5, column 区划代码: division_unknown 行政区划代码不存在",
            "row 6, column 出生日期: date_future 日期不能晚于今天");

    private ResidentListFiles() {
    }

    static ResidentImporter importer(Locale locale) {
        return new ResidentImporter(new RecordValidator(DivisionTable.bundled(), CLOCK), new UuidV7Generator(), locale);
    }

    static ImportResult dryRun(Path file, ImportOptions options) throws IOException {
        ImportTable table = ImportFiles.read(file);
        return importer(Locale.SIMPLIFIED_CHINESE).dryRun(table, ColumnMapping.recognize(table.headers()), options);
    }

    static Path writeCsv(Path file, List<String> header, List<List<String>> rows, Charset charset, boolean bom)
            throws IOException {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        text.append(csvLine(header));
        rows.forEach(row -> text.append(csvLine(row)));
        Files.write(file, text.toString().getBytes(charset));
        return file;
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(ResidentListFiles::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quoted(String cell) {
        boolean needsQuotes = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
        return needsQuotes ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /**
     * The list as an .xlsx file filled in by hand: numbers typed into number cells (a 15-digit identity
     * number, a phone number, division codes) and a birth date typed as a date.
     */
    static Path writeXlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("人员");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 0; r < ROWS.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = ROWS.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    writeCell(row.createCell(c), HEADER.get(c), cells.get(c), dateStyle);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static void writeCell(Cell cell, String column, String value, CellStyle dateStyle) {
        // Excel keeps 15 significant digits, so only numbers up to that length survive as number cells;
        // 18-character identity numbers are always entered as text.
        boolean digitsOnly = !value.isEmpty() && value.length() <= 15 && value.chars().allMatch(Character::isDigit);
        if (column.equals("出生日期") && !value.isEmpty()) {
            cell.setCellValue(LocalDate.parse(value));
            cell.setCellStyle(dateStyle);
        } else if (digitsOnly && !column.equals("民族")) {
            cell.setCellValue(Double.parseDouble(value));
        } else {
            cell.setCellValue(value);
        }
    }
}
