package org.griddesk.desktop.service.today;

import java.time.LocalDate;
import java.util.List;

/** The worker's day as read at one moment: every line, the day it is for and the visit interval used. */
public record TodayReport(LocalDate day, int visitIntervalDays, List<TodayLine> lines) {

    public TodayReport {
        lines = List.copyOf(lines);
    }

    public List<TodayLine> of(TodayKind kind) {
        return lines.stream().filter(line -> line.kind() == kind).toList();
    }

    public boolean isClear() {
        return lines.isEmpty();
    }
}
