package org.griddesk.model.record;

import java.util.List;

/** Field names of a {@code household} record (户). The core ones are fixed by the wire format v1. */
public final class HouseholdFields {

    public static final String GRID = "grid";
    /** Division code of the place, 6 (GB/T 2260) or 12 (statistical, down to village) digits. */
    public static final String DIVISION_CODE = "divisionCode";
    public static final String ADDRESS = "address";
    public static final String HOUSE_NO = "houseNo";
    /** Code from {@link org.griddesk.model.code.CodeSet#HOUSEHOLD_TYPE}. */
    public static final String HOUSEHOLD_TYPE = "householdType";
    /** Record id of the resident who heads the household. */
    public static final String HEAD_ID = "headId";
    /** A {@link Location} in WGS84 / CGCS2000. */
    public static final String LOCATION = "location";
    public static final String TAGS = "tags";

    public static final List<String> CORE = List.of(
            GRID, DIVISION_CODE, ADDRESS, HOUSE_NO, HOUSEHOLD_TYPE, HEAD_ID, LOCATION, TAGS);

    private HouseholdFields() {
    }
}
