package org.griddesk.desktop.ui.today;

import java.util.List;
import java.util.Locale;

import org.griddesk.desktop.service.today.TodayKind;

/** One group of 今日 with its lines; only groups with something in them are shown. */
public record TodaySection(TodayKind kind, List<TodayRow> rows) {

    public TodaySection {
        rows = List.copyOf(rows);
    }

    /** Stable name for control ids and bundle keys: visit_due, issue_overdue, … */
    public String id() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    public String titleKey() {
        return "today.section." + id();
    }
}
