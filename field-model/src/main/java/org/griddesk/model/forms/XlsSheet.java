package org.griddesk.model.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** One XLSForm sheet as text: the header row's column names and the non-empty rows below it. */
final class XlsSheet {
    private static final DataFormatter TEXT = new DataFormatter();

    private final String name;
    private final List<String> headers;
    private final List<XlsRow> rows;

    private XlsSheet(String name, List<String> headers, List<XlsRow> rows) {
        this.name = name;
        this.headers = headers;
        this.rows = rows;
    }

    /** The sheet of that name (case-insensitive), if the workbook has one. */
    static Optional<XlsSheet> read(Workbook workbook, String name) throws XlsFormException {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().strip().equalsIgnoreCase(name)) {
                return Optional.of(of(name, sheet));
            }
        }
        return Optional.empty();
    }

    private static XlsSheet of(String name, Sheet sheet) throws XlsFormException {
        Row headerRow = sheet.getRow(sheet.getFirstRowNum());
        List<String> headers = new ArrayList<>();
        if (headerRow != null) {
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                headers.add(text(headerRow.getCell(c)));
            }
        }
        List<XlsRow> rows = new ArrayList<>();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < Math.max(headers.size(), row.getLastCellNum()); c++) {
                String value = text(row.getCell(c));
                if (value.isEmpty()) {
                    continue;
                }
                String header = c < headers.size() ? headers.get(c) : "";
                if (header.isEmpty()) {
                    throw new XlsFormException(name, r + 1, columnLetter(c), "a value in a column without a header");
                }
                cells.put(header, value);
            }
            if (!cells.isEmpty()) {
                rows.add(new XlsRow(name, r + 1, cells));
            }
        }
        return new XlsSheet(name, headers, rows);
    }

    private static String text(Cell cell) {
        return cell == null ? "" : TEXT.formatCellValue(cell).strip();
    }

    private static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }

    String name() {
        return name;
    }

    List<String> headers() {
        return headers.stream().filter(h -> !h.isEmpty()).toList();
    }

    List<XlsRow> rows() {
        return rows;
    }

    /** One non-empty row: its cells by column header, and where it is for error messages. */
    record XlsRow(String sheet, int number, Map<String, String> cells) {

        String get(String column) {
            return cells.getOrDefault(column, "");
        }

        XlsFormException problem(String column, String problem) {
            return new XlsFormException(sheet, number, column, problem);
        }
    }
}
