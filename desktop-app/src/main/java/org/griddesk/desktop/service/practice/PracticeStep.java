package org.griddesk.desktop.service.practice;

/** The first steps the practice tour walks a new worker through, in this order. */
public enum PracticeStep {
    FIND_RESIDENT("findResident"),
    ADD_VISIT("addVisit"),
    LOG_ISSUE("logIssue"),
    FILL_APPLICATION("fillApplication"),
    SYNC("sync");

    private final String id;

    PracticeStep(String id) {
        this.id = id;
    }

    /** Stable name for control ids and bundle keys. */
    public String id() {
        return id;
    }
}
