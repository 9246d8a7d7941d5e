package org.griddesk.map.crs;

import org.locationtech.jts.geom.Coordinate;

/**
 * Spherical Web Mercator (EPSG:3857) in closed form. The map draws thousands of vertices per
 * frame, so it uses these formulas instead of a general proj4j transform; they are the same maths.
 */
public final class WebMercator {

    public static final double RADIUS = 6378137.0;
    public static final double HALF_WORLD = Math.PI * RADIUS;
    public static final double MAX_LATITUDE = 85.05112878;

    private WebMercator() {
    }

    public static Coordinate fromLonLat(double lon, double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double x = Math.toRadians(lon) * RADIUS;
        double y = Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2)) * RADIUS;
        return new Coordinate(x, y);
    }

    public static Coordinate toLonLat(double x, double y) {
        double lon = Math.toDegrees(x / RADIUS);
        double lat = Math.toDegrees(2 * Math.atan(Math.exp(y / RADIUS)) - Math.PI / 2);
        return new Coordinate(lon, lat);
    }

    /** Ground metres per projected metre at a latitude: Mercator stretches by 1/cos(lat). */
    public static double groundScale(double lat) {
        return Math.cos(Math.toRadians(lat));
    }
}
