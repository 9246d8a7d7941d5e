package org.griddesk.desktop.service.today;

/** Where a line of 今日 leads: the workspace that acts on it and the record to open there. */
public record TodayTarget(Place place, String id) {

    /** The workspaces a line can open. */
    public enum Place {
        /** 住户, on a household (lines about a resident or a visit open its household). */
        HOUSEHOLD,
        /** 事件, on an issue. */
        ISSUE,
        /** 代办, on an application. */
        APPLICATION,
        /** 同步, its list of records in trouble. */
        SYNC
    }
}
