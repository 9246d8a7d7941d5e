package org.griddesk.map.crs;

import org.locationtech.jts.geom.Coordinate;

/**
 * GCJ-02, the obfuscated datum of most Chinese web maps, using the widely published forward
 * formula (Krasovsky ellipsoid offsets). There is no closed-form inverse, so {@link #toWgs84}
 * iterates the forward formula until it lands on the input; that puts a round trip well within a
 * centimetre. Points outside China's rough bounding box are not shifted, as in the original.
 */
public final class Gcj02 {

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double INVERSE_TOLERANCE_DEG = 1e-10;
    private static final int MAX_ITERATIONS = 30;

    private Gcj02() {
    }

    public static boolean isOutsideChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    /** WGS84 (x = lon, y = lat) to GCJ-02. */
    public static Coordinate fromWgs84(Coordinate wgs) {
        if (isOutsideChina(wgs.x, wgs.y)) {
            return new Coordinate(wgs.x, wgs.y);
        }
        double[] d = offset(wgs.x, wgs.y);
        return new Coordinate(wgs.x + d[0], wgs.y + d[1]);
    }

    /** GCJ-02 (x = lon, y = lat) back to WGS84, by fixed-point iteration of {@link #fromWgs84}. */
    public static Coordinate toWgs84(Coordinate gcj) {
        if (isOutsideChina(gcj.x, gcj.y)) {
            return new Coordinate(gcj.x, gcj.y);
        }
        double lon = gcj.x;
        double lat = gcj.y;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            Coordinate forward = fromWgs84(new Coordinate(lon, lat));
            double dx = forward.x - gcj.x;
            double dy = forward.y - gcj.y;
            lon -= dx;
            lat -= dy;
            if (Math.abs(dx) < INVERSE_TOLERANCE_DEG && Math.abs(dy) < INVERSE_TOLERANCE_DEG) {
                break;
            }
        }
        return new Coordinate(lon, lat);
    }

    private static double[] offset(double lon, double lat) {
        double x = lon - 105.0;
        double y = lat - 35.0;
        double dLat = shiftLat(x, y);
        double dLon = shiftLon(x, y);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {dLon, dLat};
    }

    private static double shiftLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double shiftLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
