package org.griddesk.model.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A code table such as GB/T 2261.1 sex codes. Import files carry either the code ("1") or a name
 * ("男"), so an entry can be found by code, by Chinese or English name, or by an alias.
 */
public final class CodeTable {

    private final String name;
    private final Map<String, CodeEntry> byCode;
    private final Map<String, CodeEntry> byName;
    private final List<CodeEntry> entriesInOrder;
    /** The length all codes share if they are all numeric and equally long, else 0. */
    private final int fixedCodeWidth;

    CodeTable(String name, List<CodeEntry> entries) {
        this.name = name;
        Map<String, CodeEntry> codes = new LinkedHashMap<>();
        Map<String, CodeEntry> names = new HashMap<>();
        for (CodeEntry entry : entries) {
            putUnique(codes, entry.code(), entry);
            putUnique(names, nameKey(entry.nameZh()), entry);
            putUnique(names, nameKey(entry.nameEn()), entry);
            entry.aliases().forEach(alias -> putUnique(names, nameKey(alias), entry));
        }
        this.byCode = Map.copyOf(codes);
        this.byName = Map.copyOf(names);
        this.entriesInOrder = List.copyOf(codes.values());
        this.fixedCodeWidth = fixedNumericWidth(entriesInOrder);
    }

    /** Reads a bundled table: UTF-8 lines "code TAB zh TAB en [TAB alias|alias]", '#' starts a comment line. */
    static CodeTable load(String name, InputStream in) {
        List<CodeEntry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < 3) {
                    throw new IllegalStateException("code table " + name + ": malformed line: " + line);
                }
                List<String> aliases = cells.length > 3 && !cells[3].isBlank()
                        ? Arrays.asList(cells[3].split("\\|"))
                        : List.of();
                entries.add(new CodeEntry(cells[0], cells[1], cells[2], aliases));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read code table " + name, e);
        }
        return new CodeTable(name, entries);
    }

    public String name() {
        return name;
    }

    public List<CodeEntry> entries() {
        return entriesInOrder;
    }

    public Optional<CodeEntry> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    public Optional<CodeEntry> byName(String displayName) {
        return displayName == null ? Optional.empty() : Optional.ofNullable(byName.get(nameKey(displayName)));
    }

    /**
     * What an import needs: the entry for a cell holding either a code or a name. Spreadsheets drop the
     * leading zero of "01" (汉族) and "02" (户主), so a number shorter than the table's fixed code width
     * is tried again padded with zeros.
     */
    public Optional<CodeEntry> resolve(String codeOrName) {
        return byCode(codeOrName).or(() -> byName(codeOrName)).or(() -> byZeroPaddedCode(codeOrName));
    }

    private Optional<CodeEntry> byZeroPaddedCode(String code) {
        if (code == null || fixedCodeWidth == 0) {
            return Optional.empty();
        }
        String digits = code.strip();
        boolean shortNumber = !digits.isEmpty() && digits.length() < fixedCodeWidth
                && digits.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!shortNumber) {
            return Optional.empty();
        }
        return byCode("0".repeat(fixedCodeWidth - digits.length()) + digits);
    }

    public boolean contains(String code) {
        return byCode(code).isPresent();
    }

    private static int fixedNumericWidth(List<CodeEntry> entries) {
        int width = entries.isEmpty() ? 0 : entries.get(0).code().length();
        for (CodeEntry entry : entries) {
            if (entry.code().length() != width || !entry.code().chars().allMatch(c -> c >= '0' && c <= '9')) {
                return 0;
            }
        }
        return width;
    }

    private static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private void putUnique(Map<String, CodeEntry> map, String key, CodeEntry entry) {
        CodeEntry previous = map.putIfAbsent(key, entry);
        if (previous != null && previous != entry) {
            throw new IllegalStateException("code table " + name + ": '" + key + "' is ambiguous");
        }
    }
}
