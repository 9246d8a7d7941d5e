package org.griddesk.desktop.service.registry.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows of text as .csv or .xlsx. CSV gets a UTF-8 BOM, without which Excel on Chinese Windows
 * reads it as GBK and garbles every name. In .xlsx every cell is text (format "@"), so identity and
 * phone numbers are never turned into numbers by Excel.
 */
final class TableWriter {

    /** Rows kept in memory while streaming an .xlsx: enough for speed, little enough for 100,000 residents. */
    private static final int XLSX_WINDOW = 200;

    private TableWriter() {
    }

    static void write(Path file, List<String> header, Iterable<List<String>> rows, ProgressListener progress,
                      long total) throws IOException {
        switch (ImportFiles.Format.of(file)) {
            case CSV -> writeCsv(file, header, rows, progress, total);
            case XLSX -> writeXlsx(file, header, rows, progress, total);
        }
    }

    private static void writeCsv(Path file, List<String> header, Iterable<List<String>> rows,
                                 ProgressListener progress, long total) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
            out.write('\uFEFF');
            printer.printRecord(header);
            long done = 0;
            for (List<String> row : rows) {
                printer.printRecord(row);
                progress.progress(++done, total);
            }
        }
    }

    private static void writeXlsx(Path file, List<String> header, Iterable<List<String>> rows,
                                  ProgressListener progress, long total) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try (OutputStream out = Files.newOutputStream(file)) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Sheet sheet = workbook.createSheet();
            writeRow(sheet.createRow(0), header, text);
            int index = 1;
            for (List<String> row : rows) {
                writeRow(sheet.createRow(index++), row, text);
                progress.progress(index - 1, total);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void writeRow(Row row, List<String> cells, CellStyle text) {
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellStyle(text);
            cell.setCellValue(cells.get(i) == null ? "" : cells.get(i));
        }
    }
}
