package org.griddesk.desktop.service.issues;

/**
 * Why a draft or a step was refused: the field it concerns and a stable code the screens translate
 * ({@code issues.problem.<code>}). Problems never carry the refused value.
 */
public record IssueProblem(String field, String code) {

    public static final String TITLE_REQUIRED = "title_required";
    public static final String LOCATION_REQUIRED = "location_required";
    public static final String LOCATION_OUTSIDE_CHINA = "location_outside_china";
    public static final String CATEGORY_UNKNOWN = "category_unknown";
    public static final String ILLEGAL_TRANSITION = "illegal_transition";
    public static final String REASON_REQUIRED = "reason_required";
    public static final String UNKNOWN_ISSUE = "unknown_issue";
    /** The location lies on a border between grids: the worker chooses one of them. */
    public static final String GRID_AMBIGUOUS = "grid_ambiguous";
    /** The location lies in none of the grids this device knows: the worker chooses one. */
    public static final String GRID_OUTSIDE = "grid_outside";
    /** A grid this device does not know was chosen. */
    public static final String GRID_UNKNOWN = "grid_unknown";
}
