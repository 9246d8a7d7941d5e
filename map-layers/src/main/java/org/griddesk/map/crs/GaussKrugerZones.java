package org.griddesk.map.crs;

/**
 * The CGCS2000 Gauss–Krüger projections used by Chinese surveying: 3-degree zones with the central
 * meridian named (EPSG:4534–4554, e.g. 4547 = CM 114°E) and with the zone number in the false
 * easting (EPSG:4513–4533, zones 25–45).
 */
public final class GaussKrugerZones {

    private static final int FIRST_CM_CODE = 4534;
    private static final int FIRST_ZONE_CODE = 4513;
    private static final int FIRST_CENTRAL_MERIDIAN = 75;
    private static final int LAST_CENTRAL_MERIDIAN = 135;
    private static final int FIRST_ZONE = 25;

    private GaussKrugerZones() {
    }

    /** The 3-degree zone whose central meridian is nearest to {@code lon} (China's extent only). */
    public static int threeDegreeZone(double lon) {
        int cm = centralMeridian(lon);
        return cm / 3;
    }

    public static int centralMeridian(double lon) {
        int cm = (int) Math.round(lon / 3.0) * 3;
        if (cm < FIRST_CENTRAL_MERIDIAN || cm > LAST_CENTRAL_MERIDIAN) {
            throw new IllegalArgumentException("longitude outside China's Gauss–Krüger zones: " + lon);
        }
        return cm;
    }

    /** EPSG code of "CGCS2000 / 3-degree Gauss-Kruger CM nnnE" covering {@code lon}. */
    public static Crs threeDegreeByCentralMeridian(double lon) {
        return Crs.epsg(FIRST_CM_CODE + (centralMeridian(lon) - FIRST_CENTRAL_MERIDIAN) / 3);
    }

    /** EPSG code of "CGCS2000 / 3-degree Gauss-Kruger zone nn" (zone number in the false easting). */
    public static Crs threeDegreeByZone(int zone) {
        if (zone < FIRST_ZONE || zone > LAST_CENTRAL_MERIDIAN / 3) {
            throw new IllegalArgumentException("no CGCS2000 3-degree zone " + zone);
        }
        return Crs.epsg(FIRST_ZONE_CODE + zone - FIRST_ZONE);
    }
}
