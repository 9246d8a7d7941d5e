package org.griddesk.map.demo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Where the fictitious demo village 幸福村 lies: inside the real 重庆市万州区 (division code 500101),
 * on the Yangtze's north bank near 108.38°E 30.81°N.
 */
public final class DemoArea {

    public static final String COUNTY_CODE = "500101";
    public static final String COUNTY_NAME = "重庆市万州区";
    public static final String VILLAGE_NAME = "幸福村";
    public static final Coordinate VILLAGE_CENTRE = new Coordinate(108.38, 30.81);

    /** A conservative box inside Wanzhou district's administrative extent (about 107.9–108.9E, 30.4–31.1N). */
    public static final Envelope COUNTY_EXTENT = new Envelope(107.90, 108.88, 30.40, 31.06);

    private static final double METRES_PER_DEGREE_LAT = 111_320.0;

    private DemoArea() {
    }

    /** A point offset from the village centre by metres east and north. */
    static Coordinate offset(double east, double north) {
        double lat = VILLAGE_CENTRE.y + north / METRES_PER_DEGREE_LAT;
        double lon = VILLAGE_CENTRE.x + east / (METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(VILLAGE_CENTRE.y)));
        return new Coordinate(lon, lat);
    }
}
