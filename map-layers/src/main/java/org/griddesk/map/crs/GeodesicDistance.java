package org.griddesk.map.crs;

import org.locationtech.jts.geom.Coordinate;

/** Great-circle distance on the WGS84 mean sphere; ample for metre-level checks and scale bars. */
public final class GeodesicDistance {

    public static final double EARTH_RADIUS_M = 6_371_008.8;

    private GeodesicDistance() {
    }

    public static double metres(Coordinate a, Coordinate b) {
        double lat1 = Math.toRadians(a.y);
        double lat2 = Math.toRadians(b.y);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.x - a.x);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
