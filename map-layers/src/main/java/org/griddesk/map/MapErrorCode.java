package org.griddesk.map;

/** Stable, machine-readable reasons a map file is refused; the app translates them for the user. */
public enum MapErrorCode {
    UNSUPPORTED_FORMAT("unsupported_format"),
    CORRUPT_FILE("corrupt_file"),
    UNREADABLE("unreadable"),
    UNKNOWN_CRS("unknown_crs");

    private final String code;

    MapErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
