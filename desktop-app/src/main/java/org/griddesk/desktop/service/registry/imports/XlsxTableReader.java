package org.griddesk.desktop.service.registry.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an .xlsx file as text, the way the worker sees it. Whole numbers are written
 * out in full: an identity or phone number typed into a number cell would otherwise come back as
 * "1.10105E+17" from the General format. Dates become ISO dates.
 */
final class XlsxTableReader {

    private XlsxTableReader() {
    }

    static ImportTable read(Path file) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            DataFormatter formatter = new DataFormatter();
            Sheet sheet = workbook.getSheetAt(0);
            List<ImportRow> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter, evaluator));
                }
                lines.add(new ImportRow(row.getRowNum() + 1, cells));
            }
            return ImportTable.fromLines(lines);
        }
    }

    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? evaluator.evaluateFormulaCell(cell) : cell.getCellType();
        if (type != CellType.NUMERIC) {
            return formatter.formatCellValue(cell, evaluator);
        }
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        double value = cell.getNumericCellValue();
        if (value == Math.rint(value) && Math.abs(value) < 1e20) {
            return BigDecimal.valueOf(value).toBigInteger().toString();
        }
        return formatter.formatCellValue(cell, evaluator);
    }
}
