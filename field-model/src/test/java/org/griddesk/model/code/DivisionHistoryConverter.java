package org.griddesk.model.code;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Turns ../shared/data/gb2260-history.tsv (every county-level GB/T 2260 code listed 1980-2019, with its names
 * and first and last revision) into the compact table bundled with field-model: gzip'ed UTF-8 lines
 * "code TAB first year TAB last year TAB last name", sorted by code. Only the last name is kept: it is the one a
 * person still remembers, and the note on an identity number needs no more.
 *
 *   java DivisionHistoryConverter.java ../shared/data/gb2260-history.tsv \
 *       field-model/src/main/resources/org/griddesk/model/code/divisions/gb2260-history.tsv.gz
 */
public final class DivisionHistoryConverter {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java DivisionHistoryConverter.java HISTORY_TSV OUTPUT_FILE");
            System.exit(2);
        }
        byte[] gzipped = convert(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        Files.write(Path.of(args[1]), gzipped);
        System.out.printf("%s written (%d bytes)%n", args[1], gzipped.length);
    }

    /** The bundled text for the source's lines (header first); deterministic, so a test can compare bytes. */
    public static String text(List<String> sourceLines) {
        Map<String, String> byCode = new TreeMap<>();
        for (String line : sourceLines.subList(1, sourceLines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            String[] names = columns[1].split("\\|");
            byCode.put(columns[0], columns[0] + "\t" + columns[2].substring(0, 4) + "\t" + columns[3].substring(0, 4)
                    + "\t" + names[names.length - 1]);
        }
        StringBuilder text = new StringBuilder();
        byCode.values().forEach(row -> text.append(row).append('\n'));
        return text.toString();
    }

    public static byte[] convert(List<String> sourceLines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text(sourceLines).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
