package org.griddesk.platform.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** XLSForm files for the platform's template tests, and the built-in ones as committed. */
public final class TemplateFiles {
    public static final Path BUILT_IN = Path.of("src/main/resources/templates");

    private TemplateFiles() {
    }

    /** A workbook of sheet name to rows (the first row the header). */
    public static Path xlsx(Path file, List<Object[]> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (Object[] sheet : sheets) {
                Sheet created = workbook.createSheet((String) sheet[0]);
                for (int r = 1; r < sheet.length; r++) {
                    Row row = created.createRow(r - 1);
                    String[] cells = (String[]) sheet[r];
                    for (int c = 0; c < cells.length; c++) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-question form; {@code questionType} lets a test plant a type the converter refuses. */
    public static Path simpleForm(Path file, String formId, String version, String questionType, String label) {
        return xlsx(file, List.of(
                new Object[] {"survey", new String[] {"type", "name", "label"},
                    new String[] {"text", "name", "Name"}, new String[] {questionType, "q", label}},
                new Object[] {"settings", new String[] {"form_id", "version", "form_title"},
                    new String[] {formId, version, "Simple " + formId}}));
    }
}
