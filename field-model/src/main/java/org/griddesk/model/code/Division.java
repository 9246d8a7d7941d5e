package org.griddesk.model.code;

/**
 * An administrative division. {@code code} is the 12-digit statistical code; {@link #shortCode()}
 * is its meaningful prefix (2, 4, 6, 9 or 12 digits) and {@link #gbCode()} the 6-digit GB/T 2260 code.
 */
public record Division(String code, String name, DivisionLevel level) {

    public String shortCode() {
        return code.substring(0, level.digits());
    }

    /** The 6-digit GB/T 2260 code of this division, or of the county it lies in. */
    public String gbCode() {
        return code.substring(0, 6);
    }

    /**
     * True for the placeholder units of the statistical table ("市辖区" under a municipality,
     * "省直辖县级行政区划", …) that a person never says when naming a place.
     */
    public boolean isPlaceholder() {
        return level == DivisionLevel.CITY
                && (name.equals("市辖区") || name.equals("县") || name.endsWith("直辖县级行政区划"));
    }
}
