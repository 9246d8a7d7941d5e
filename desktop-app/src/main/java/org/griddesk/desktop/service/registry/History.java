package org.griddesk.desktop.service.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.model.record.FieldRecord;

/**
 * The life of a resident or household in the registry, kept in the record's {@code history} field as a list
 * of "date;event;details" strings: nobody who moved, died or left is ever deleted, and the list syncs with
 * the record like any field.
 */
public final class History {

    public static final String FIELD = "history";
    public static final String MOVED = "moved";
    public static final String DECEASED = "deceased";
    public static final String MOVED_OUT = "moved_out";
    public static final String SPLIT = "split";
    public static final String SPLIT_FROM = "split_from";

    private History() {
    }

    static List<String> with(FieldRecord record, LocalDate date, String event, String details) {
        List<String> entries = new ArrayList<>(entries(record));
        entries.add(date + ";" + event + ";" + details);
        return entries;
    }

    public static List<String> entries(FieldRecord record) {
        Object value = record.field(FIELD).orElse(List.of());
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }
}
