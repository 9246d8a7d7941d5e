package org.griddesk.model.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * The administrative divisions of China, province to township, plus the villages of the demo county
 * (see divisions/SOURCE.md). Held as a sorted array of codes next to the raw text rather than ~45,000
 * objects: a lookup is a binary search, and a division's parent is found from its own code, so no
 * parent links are stored.
 */
public final class DivisionTable {

    static final String BUNDLED_RESOURCE = "divisions/divisions.tsv.gz";

    private final long[] codes;
    /** The table's UTF-8 text; names are decoded only when asked for, most never are. */
    private final byte[] text;
    private final int[] nameStarts;
    private final int[] nameEnds;

    private DivisionTable(long[] codes, byte[] text, int[] nameStarts, int[] nameEnds) {
        this.codes = codes;
        this.text = text;
        this.nameStarts = nameStarts;
        this.nameEnds = nameEnds;
    }

    /** The bundled table, read on first use and shared afterwards: it never changes at run time. */
    public static DivisionTable bundled() {
        return Bundled.TABLE;
    }

    /**
     * Reads gzip'ed UTF-8 lines "code TAB name", sorted by code padded to 12 digits. Parsed straight from
     * the bytes, without a line reader, because this runs at start-up and must stay well under 200 ms.
     */
    public static DivisionTable read(InputStream gzippedTsv) {
        byte[] bytes = gunzip(gzippedTsv);
        int capacity = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                capacity++;
            }
        }
        long[] codes = new long[capacity];
        int[] nameStarts = new int[capacity];
        int[] nameEnds = new int[capacity];
        int count = 0;
        for (int pos = 0; pos < bytes.length; ) {
            int end = lineEnd(bytes, pos);
            int tab = tabBetween(bytes, pos, end);
            if (end > pos) {
                if (tab < 0) {
                    throw new IllegalStateException("division line without tab at byte " + pos);
                }
                codes[count] = paddedCode(bytes, pos, tab);
                nameStarts[count] = tab + 1;
                nameEnds[count] = end;
                if (count > 0 && codes[count] <= codes[count - 1]) {
                    throw new IllegalStateException("division table is not sorted at " + codes[count]);
                }
                count++;
            }
            pos = end + 1;
        }
        return new DivisionTable(Arrays.copyOf(codes, count), bytes,
                Arrays.copyOf(nameStarts, count), Arrays.copyOf(nameEnds, count));
    }

    private static byte[] gunzip(InputStream gzipped) {
        try (InputStream in = new GZIPInputStream(gzipped, 64 * 1024)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the division table", e);
        }
    }

    private static long paddedCode(byte[] bytes, int from, int to) {
        int digits = to - from;
        if (digits != 2 && digits != 4 && digits != 6 && digits != 9 && digits != 12) {
            throw new IllegalStateException("bad division code length at byte " + from);
        }
        long code = 0;
        for (int i = from; i < to; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalStateException("bad division code at byte " + from);
            }
            code = code * 10 + digit;
        }
        for (int i = digits; i < 12; i++) {
            code *= 10;
        }
        return code;
    }

    private static int lineEnd(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    private static int tabBetween(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\t') {
                return i;
            }
        }
        return -1;
    }

    public int size() {
        return codes.length;
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** Accepts any of the forms {@link DivisionCodes#toTwelveDigits(String)} accepts. */
    public Optional<Division> find(String code) {
        return DivisionCodes.toTwelveDigits(code).flatMap(padded -> at(indexOf(Long.parseLong(padded))));
    }

    public Optional<String> name(String code) {
        return find(code).map(Division::name);
    }

    /** The division and all its ancestors that are in the table, from the province down. */
    public List<Division> chain(String code) {
        Optional<Division> target = find(code);
        if (target.isEmpty()) {
            return List.of();
        }
        List<Division> chain = new ArrayList<>(5);
        String padded = target.get().code();
        for (DivisionLevel level : DivisionLevel.values()) {
            if (level.ordinal() > target.get().level().ordinal()) {
                break;
            }
            String ancestor = padded.substring(0, level.digits());
            find(ancestor).filter(d -> chain.isEmpty() || !chain.get(chain.size() - 1).equals(d))
                    .ifPresent(chain::add);
        }
        return List.copyOf(chain);
    }

    /** The place as a person writes it, e.g. "北京市朝阳区", without placeholder units such as "市辖区". */
    public Optional<String> fullName(String code) {
        List<Division> chain = chain(code);
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(chain.stream().filter(d -> !d.isPlaceholder())
                .map(Division::name).collect(Collectors.joining()));
    }

    /** The divisions directly below {@code code} (a county's townships, a township's villages). */
    public List<Division> children(String code) {
        Optional<Division> parent = find(code);
        if (parent.isEmpty()) {
            return List.of();
        }
        Division p = parent.get();
        int prefixDigits = p.level().digits();
        long from = Long.parseLong(p.code());
        long span = (long) Math.pow(10, 12 - prefixDigits);
        List<Division> children = new ArrayList<>();
        int start = insertionPoint(from + 1);
        for (int i = start; i < codes.length && codes[i] < from + span; i++) {
            Division candidate = divisionAt(i);
            if (isDirectChild(p, candidate)) {
                children.add(candidate);
            }
        }
        return List.copyOf(children);
    }

    /** Every division of one level, in code order: the provinces for a first picker, say. */
    public List<Division> atLevel(DivisionLevel level) {
        List<Division> result = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            Division division = divisionAt(i);
            if (division.level() == level) {
                result.add(division);
            }
        }
        return List.copyOf(result);
    }

    /** Direct means no division of the table lies between them (a city-less county is a direct child of its province). */
    private boolean isDirectChild(Division parent, Division candidate) {
        for (DivisionLevel level : DivisionLevel.values()) {
            if (level.ordinal() > parent.level().ordinal() && level.ordinal() < candidate.level().ordinal()) {
                String between = candidate.code().substring(0, level.digits());
                Optional<Division> middle = find(between);
                if (middle.isPresent() && !middle.get().equals(parent)) {
                    return false;
                }
            }
        }
        return true;
    }

    private int indexOf(long code) {
        return Arrays.binarySearch(codes, code);
    }

    private int insertionPoint(long code) {
        int i = Arrays.binarySearch(codes, code);
        return i >= 0 ? i : -i - 1;
    }

    private Optional<Division> at(int index) {
        return index < 0 ? Optional.empty() : Optional.of(divisionAt(index));
    }

    private Division divisionAt(int index) {
        // Every code starts with a province code 11–82, so it always has 12 digits without padding.
        String code = Long.toString(codes[index]);
        String name = new String(text, nameStarts[index], nameEnds[index] - nameStarts[index], StandardCharsets.UTF_8);
        return new Division(code, name, DivisionLevel.ofPaddedCode(code));
    }

    private static final class Bundled {
        private static final DivisionTable TABLE = load();

        private static DivisionTable load() {
            InputStream in = DivisionTable.class.getResourceAsStream(BUNDLED_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + BUNDLED_RESOURCE);
            }
            return read(in);
        }
    }
}
