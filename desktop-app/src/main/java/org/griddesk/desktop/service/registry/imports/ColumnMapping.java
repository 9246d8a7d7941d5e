package org.griddesk.desktop.service.registry.imports;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of the file holds which {@link ImportColumn}. Recognised from the header row, and
 * changeable by hand in the import's mapping step when a county uses headers of its own.
 */
public final class ColumnMapping {

    private final Map<ImportColumn, Integer> indexes;

    private ColumnMapping(Map<ImportColumn, Integer> indexes) {
        this.indexes = Collections.unmodifiableMap(indexes);
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(new EnumMap<>(ImportColumn.class));
    }

    /** Each column is taken from the first header that names it; unknown headers are ignored. */
    public static ColumnMapping recognize(List<String> headers) {
        Map<ImportColumn, Integer> found = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            recognizeHeader(headers.get(i)).ifPresent(column -> found.putIfAbsent(column, index));
        }
        return new ColumnMapping(found);
    }

    public static Optional<ImportColumn> recognizeHeader(String header) {
        String key = headerKey(header);
        for (ImportColumn column : ImportColumn.values()) {
            if (column.headers().contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Lower case without spaces, underscores, hyphens, BOM or the asterisk templates put on required columns. */
    static String headerKey(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '*' && c != '\uFEFF' && c != '＊') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** A copy in which {@code column} is read from the file column at {@code index} (0-based). */
    public ColumnMapping with(ImportColumn column, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("column index must not be negative: " + index);
        }
        Map<ImportColumn, Integer> changed = new EnumMap<>(ImportColumn.class);
        changed.putAll(indexes);
        changed.entrySet().removeIf(e -> e.getValue() == index);
        changed.put(column, index);
        return new ColumnMapping(changed);
    }

    public ColumnMapping without(ImportColumn column) {
        Map<ImportColumn, Integer> changed = new EnumMap<>(ImportColumn.class);
        changed.putAll(indexes);
        changed.remove(column);
        return new ColumnMapping(changed);
    }

    public Optional<Integer> index(ImportColumn column) {
        return Optional.ofNullable(indexes.get(column));
    }

    public boolean isMapped(ImportColumn column) {
        return indexes.containsKey(column);
    }

    /** How many columns were recognised; a header row is one that names at least two. */
    public int size() {
        return indexes.size();
    }

    /** The stripped cell of {@code column} in {@code row}, or "" when the column is not mapped or the cell is empty. */
    public String value(ImportRow row, ImportColumn column) {
        Integer index = indexes.get(column);
        return index == null ? "" : row.cell(index).strip();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + indexes;
    }
}
