package org.griddesk.desktop.ui.households;

/**
 * One event in a household's history as the detail pane lists it: when, whom it concerned (empty for the
 * household itself) and the event (a {@code households.history.*} message key suffix).
 */
public record HistoryRow(String date, String who, String event) {
}
