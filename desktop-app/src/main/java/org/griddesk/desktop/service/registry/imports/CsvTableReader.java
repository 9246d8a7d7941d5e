package org.griddesk.desktop.service.registry.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as Excel writes it (RFC 4180 quoting, fields with commas and line breaks). A record
 * spanning several lines is still one Excel row, so the row number is the record number.
 */
final class CsvTableReader {

    private CsvTableReader() {
    }

    static ImportTable read(Path file) throws IOException {
        String text = TextDecoding.decode(Files.readAllBytes(file));
        List<ImportRow> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.EXCEL.builder().get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                lines.add(new ImportRow(Math.toIntExact(record.getRecordNumber()), record.toList()));
            }
        }
        return ImportTable.fromLines(lines);
    }
}
