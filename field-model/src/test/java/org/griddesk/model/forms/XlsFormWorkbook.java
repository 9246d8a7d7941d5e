package org.griddesk.model.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes XLSForm workbooks for tests and for the built-in templates: each sheet a header row and text rows. */
public final class XlsFormWorkbook {
    private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

    /** Adds a sheet; the first row is the header. */
    public XlsFormWorkbook sheet(String name, List<String> header) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        sheets.put(name, rows);
        return this;
    }

    /** Adds a row to the sheet added last; cells line up with its header, missing ones stay empty. */
    public XlsFormWorkbook row(String... cells) {
        List<List<String>> last = null;
        for (List<List<String>> rows : sheets.values()) {
            last = rows;
        }
        last.add(List.of(cells));
        return this;
    }

    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        if (!cells.get(c).isEmpty()) {
                            row.createCell(c).setCellValue(cells.get(c));
                        }
                    }
                }
            });
            workbook.write(out);
        }
    }

    public byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }

    public InputStream stream() throws IOException {
        return new ByteArrayInputStream(bytes());
    }
}
