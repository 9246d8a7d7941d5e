package org.griddesk.map.crs;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import org.griddesk.map.MapDataException;
import org.griddesk.map.MapErrorCode;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;

/** A coordinate reference system known by its EPSG code, backed by proj4j's EPSG database. */
public final class Crs {

    public static final int WGS84_CODE = 4326;
    public static final int CGCS2000_CODE = 4490;
    public static final int WEB_MERCATOR_CODE = 3857;

    private static final CRSFactory FACTORY = new CRSFactory();
    private static final Map<Integer, Crs> CACHE = new ConcurrentHashMap<>();

    public static final Crs WGS84 = epsg(WGS84_CODE);
    public static final Crs CGCS2000 = epsg(CGCS2000_CODE);
    public static final Crs WEB_MERCATOR = epsg(WEB_MERCATOR_CODE);

    private final int epsgCode;
    private final CoordinateReferenceSystem proj;

    private Crs(int epsgCode, CoordinateReferenceSystem proj) {
        this.epsgCode = epsgCode;
        this.proj = proj;
    }

    /** Looks up an EPSG code; refuses codes proj4j does not know with {@code unknown_crs}. */
    public static Crs epsg(int code) {
        return CACHE.computeIfAbsent(code, Crs::create);
    }

    private static Crs create(int code) {
        try {
            CoordinateReferenceSystem proj = FACTORY.createFromName("EPSG:" + code);
            if (proj == null) {
                throw unknown(code, null);
            }
            return new Crs(code, proj);
        } catch (RuntimeException e) {
            if (e instanceof MapDataException) {
                throw e;
            }
            throw unknown(code, e);
        }
    }

    private static MapDataException unknown(int code, Throwable cause) {
        return new MapDataException(MapErrorCode.UNKNOWN_CRS, "EPSG:" + code + " is not a known coordinate system", cause);
    }

    public int epsgCode() {
        return epsgCode;
    }

    public String id() {
        return "EPSG:" + epsgCode;
    }

    /** True for longitude/latitude systems such as WGS84 and CGCS2000. */
    public boolean isGeographic() {
        return proj.getProjection().isGeographic();
    }

    CoordinateReferenceSystem proj() {
        return proj;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Crs other && other.epsgCode == epsgCode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(epsgCode);
    }

    @Override
    public String toString() {
        return id();
    }
}
