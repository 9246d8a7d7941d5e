package org.griddesk.desktop.service.registry.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens a resident list by its file name: .csv (UTF-8 or GBK) or .xlsx. */
public final class ImportFiles {

    private ImportFiles() {
    }

    public static ImportTable read(Path file) throws IOException {
        return switch (Format.of(file)) {
            case CSV -> CsvTableReader.read(file);
            case XLSX -> XlsxTableReader.read(file);
        };
    }

    /** The formats read and written; anything else is refused by name before any byte is read. */
    public enum Format {
        CSV, XLSX;

        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return CSV;
            }
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            throw new IllegalArgumentException("unsupported file type, expected .csv or .xlsx: " + file.getFileName());
        }
    }
}
