package org.griddesk.platform.service;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Grid codes are 12-digit statistical division codes; their first six digits are the county
 * (GB/T 2260), which partitions every platform table.
 */
public final class AdministrativeCodes {
    public static final String DEMO_COUNTY = "500101";
    private static final Pattern GRID = Pattern.compile("\\d{12}");
    private static final Pattern COUNTY = Pattern.compile("\\d{6}");

    private AdministrativeCodes() {
    }

    public static String requireGridCode(String code) {
        if (code == null || !GRID.matcher(code).matches()) {
            throw new InvalidInputException("Grid code '" + code + "' is not 12 digits");
        }
        return code;
    }

    public static String requireCountyCode(String code) {
        if (code == null || !COUNTY.matcher(code).matches()) {
            throw new InvalidInputException("County code '" + code + "' is not 6 digits");
        }
        return code;
    }

    public static String countyOf(String gridCode) {
        return requireGridCode(gridCode).substring(0, 6);
    }

    /** The explicit county if given, else the county of the first grid, else the demo county. */
    public static String resolveCounty(Optional<String> explicit, Collection<String> gridCodes) {
        if (explicit.isPresent()) {
            return requireCountyCode(explicit.get());
        }
        return gridCodes.stream().findFirst().map(AdministrativeCodes::countyOf).orElse(DEMO_COUNTY);
    }

    public static void requireInCounty(String county, String gridCode) {
        if (!countyOf(gridCode).equals(county)) {
            throw new InvalidInputException("Grid " + gridCode + " does not belong to county " + county);
        }
    }
}
