package org.griddesk.model.record;

import java.util.List;

/** Field names of a {@code visit} record (走访记录), fixed by the wire format v1. */
public final class VisitFields {

    public static final String GRID = "grid";
    public static final String HOUSEHOLD_ID = "householdId";
    /** ISO-8601 date of the visit. */
    public static final String DATE = "date";
    public static final String PURPOSE = "purpose";
    public static final String NOTES = "notes";
    /** Username of the grid worker who made the visit. */
    public static final String WORKER = "worker";

    public static final List<String> CORE = List.of(GRID, HOUSEHOLD_ID, DATE, PURPOSE, NOTES, WORKER);

    private VisitFields() {
    }
}
