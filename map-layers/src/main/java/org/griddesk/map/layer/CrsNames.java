package org.griddesk.map.layer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.griddesk.map.MapDataException;
import org.griddesk.map.MapErrorCode;
import org.griddesk.map.crs.Crs;

/** Reads the CRS names files carry ("EPSG:4490", "urn:ogc:def:crs:EPSG::4326", "CRS84", "GCJ-02"). */
final class CrsNames {

    private static final Pattern EPSG = Pattern.compile("EPSG:{1,2}(?:[\\d.]*:)?(\\d+)$", Pattern.CASE_INSENSITIVE);

    private CrsNames() {
    }

    static SourceCoordinates parse(String name) {
        String n = name.trim();
        if (n.toUpperCase(Locale.ROOT).contains("GCJ")) {
            return SourceCoordinates.GCJ02;
        }
        if (n.toUpperCase(Locale.ROOT).endsWith("CRS84")) {
            return SourceCoordinates.WGS84;
        }
        Matcher m = EPSG.matcher(n);
        if (m.find()) {
            return SourceCoordinates.of(Crs.epsg(Integer.parseInt(m.group(1))));
        }
        throw new MapDataException(MapErrorCode.UNKNOWN_CRS, "unrecognised coordinate system name: " + n);
    }

    static SourceCoordinates withOptions(SourceCoordinates declared, ReadOptions options) {
        return options.assumeGcj02() ? new SourceCoordinates(declared.crs(), true) : declared;
    }
}
