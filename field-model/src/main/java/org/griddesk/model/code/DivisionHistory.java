package org.griddesk.model.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Every county-level GB/T 2260 code listed from 1980 to 2019, with the years it was listed and its last name
 * (see divisions/SOURCE-history.md). Identity numbers keep the county code of where they were first issued for
 * life, so a code abolished long ago still opens valid numbers: this table tells a former code from one that
 * never existed.
 */
public final class DivisionHistory {

    static final String BUNDLED_RESOURCE = "divisions/gb2260-history.tsv.gz";

    /** One code as it was listed: first and last year, and the name it last carried. */
    public record FormerCode(String code, int firstYear, int lastYear, String name) {
    }

    private final int[] codes;
    private final FormerCode[] entries;

    private DivisionHistory(int[] codes, FormerCode[] entries) {
        this.codes = codes;
        this.entries = entries;
    }

    /** The bundled table, read on first use and shared afterwards. */
    public static DivisionHistory bundled() {
        return Bundled.HISTORY;
    }

    /** Reads gzip'ed UTF-8 lines "code TAB first year TAB last year TAB name", sorted by code. */
    public static DivisionHistory read(InputStream gzippedTsv) {
        String text;
        try (InputStream in = new GZIPInputStream(gzippedTsv)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the division history", e);
        }
        String[] lines = text.split("\n");
        int[] codes = new int[lines.length];
        FormerCode[] entries = new FormerCode[lines.length];
        int count = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            FormerCode entry = new FormerCode(columns[0], Integer.parseInt(columns[1]), Integer.parseInt(columns[2]),
                    columns[3]);
            codes[count] = Integer.parseInt(entry.code());
            if (count > 0 && codes[count] <= codes[count - 1]) {
                throw new IllegalStateException("division history is not sorted at " + entry.code());
            }
            entries[count++] = entry;
        }
        return new DivisionHistory(Arrays.copyOf(codes, count), Arrays.copyOf(entries, count));
    }

    /** The code as the 1980-2019 lists knew it; empty for a code none of them listed. */
    public Optional<FormerCode> find(String sixDigitCode) {
        if (!DigitCodes.isDigits(sixDigitCode, 6)) {
            return Optional.empty();
        }
        int at = Arrays.binarySearch(codes, Integer.parseInt(sixDigitCode));
        return at < 0 ? Optional.empty() : Optional.of(entries[at]);
    }

    public int size() {
        return codes.length;
    }

    private static final class Bundled {
        static final DivisionHistory HISTORY = load();

        private static DivisionHistory load() {
            try (InputStream in = DivisionHistory.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled division history missing: " + BUNDLED_RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
