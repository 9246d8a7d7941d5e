package org.griddesk.map.layer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.griddesk.map.MapDataException;
import org.griddesk.map.MapErrorCode;
import org.griddesk.map.crs.Crs;
import org.griddesk.map.crs.GaussKrugerZones;

/**
 * Recognises the coordinate systems Chinese shapefiles actually use from their ESRI .prj WKT:
 * an explicit EPSG authority, WGS84, CGCS2000, Web Mercator and the CGCS2000 Gauss–Krüger zones.
 */
final class PrjCrs {

    private static final Pattern OUTER_AUTHORITY = Pattern.compile("AUTHORITY\\[\"EPSG\",\\s*\"?(\\d+)\"?\\]\\s*\\]\\s*$");
    private static final Pattern GK_CM = Pattern.compile("CGCS2000_3_DEGREE_GK_CM_(\\d+)E");
    private static final Pattern GK_ZONE = Pattern.compile("CGCS2000_3_DEGREE_GK_ZONE_(\\d+)");

    private PrjCrs() {
    }

    static Crs parse(String wkt) {
        String text = wkt.trim();
        Matcher authority = OUTER_AUTHORITY.matcher(text);
        if (authority.find()) {
            return Crs.epsg(Integer.parseInt(authority.group(1)));
        }
        String upper = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        Matcher cm = GK_CM.matcher(upper);
        if (cm.find()) {
            return GaussKrugerZones.threeDegreeByCentralMeridian(Integer.parseInt(cm.group(1)));
        }
        Matcher zone = GK_ZONE.matcher(upper);
        if (zone.find()) {
            return GaussKrugerZones.threeDegreeByZone(Integer.parseInt(zone.group(1)));
        }
        boolean projected = upper.startsWith("PROJCS");
        if (projected && upper.contains("MERCATOR_AUXILIARY_SPHERE") || upper.contains("WEB_MERCATOR")) {
            return Crs.WEB_MERCATOR;
        }
        if (!projected && (upper.contains("CGCS2000") || upper.contains("CHINA_GEODETIC_COORDINATE_SYSTEM_2000")
                || upper.contains("CHINA_2000"))) {
            return Crs.CGCS2000;
        }
        if (!projected && (upper.contains("GCS_WGS_1984") || upper.contains("WGS_84") || upper.contains("WGS_1984"))) {
            return Crs.WGS84;
        }
        throw new MapDataException(MapErrorCode.UNKNOWN_CRS, "unrecognised .prj coordinate system");
    }
}
