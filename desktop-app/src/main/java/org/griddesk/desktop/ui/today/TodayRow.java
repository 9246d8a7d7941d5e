package org.griddesk.desktop.ui.today;

import java.util.Locale;

import org.griddesk.desktop.service.today.TodayLine;

/** A line of 今日 as the view holds it; {@link TodayTexts} puts it in words, the view-model opens it. */
public record TodayRow(TodayLine line) {

    /** todayLine-visit_due-&lt;household id&gt;: what a test or a screen reader finds it by. */
    public String controlId() {
        return "todayLine-" + line.kind().name().toLowerCase(Locale.ROOT) + "-" + line.target().id();
    }
}
