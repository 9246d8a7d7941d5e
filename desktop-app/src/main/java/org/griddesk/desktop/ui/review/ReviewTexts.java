package org.griddesk.desktop.ui.review;

import java.util.Set;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.model.privacy.Masking;

/** How queue entries and values read in the 审核 workspace; identity and phone numbers masked in the list. */
final class ReviewTexts {
    private static final Set<String> SENSITIVE = Set.of("idNumber", "phone");

    private ReviewTexts() {
    }

    /** What the item is about first (a name, an address), then what kind of item it is and whose push made it. */
    static String line(QueueLine item, Localization localization) {
        StringBuilder text = new StringBuilder();
        if (item.title() != null && !item.title().isBlank()) {
            text.append(item.title()).append(" · ");
        }
        text.append(localization.lang("review.kind." + item.kind()));
        text.append(" · ").append(recordType(item.recordType(), localization));
        if (item.worker() != null) {
            text.append(" · ").append(item.worker());
        }
        if (item.field() != null && "conflict".equals(item.kind())) {
            text.append(" · ").append(item.field()).append(": ").append(masked(item.field(), item.mine()))
                    .append(" ⇄ ").append(masked(item.field(), item.theirs()));
        }
        if ("rectifying".equals(item.status())) {
            text.append(" · ").append(localization.lang("review.rectifying"));
        }
        if (item.overdue()) {
            text.append(" · ").append(localization.lang("review.overdue"));
        }
        return text.toString();
    }

    /** A record type in words; one GridDesk has no words for shows as it is stored. */
    static String recordType(String type, Localization localization) {
        String key = "today.recordType." + type;
        return localization.has(key) ? localization.lang(key) : type;
    }

    static String masked(String field, Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof String text && SENSITIVE.contains(field)) {
            return "idNumber".equals(field) ? Masking.idNumber(text) : Masking.phone(text);
        }
        return String.valueOf(value);
    }

    static String value(Object value) {
        return value == null ? "—" : String.valueOf(value);
    }
}
