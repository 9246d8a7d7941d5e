package org.griddesk.map.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.griddesk.map.MapDataException;
import org.griddesk.map.MapErrorCode;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class CrsTransformTest {

    private static final Coordinate WANZHOU = new Coordinate(108.38, 30.81);

    @Test
    void webMercatorMatchesTheClosedFormula() {
        Coordinate m = CrsTransform.between(Crs.WGS84, Crs.WEB_MERCATOR).transform(WANZHOU);
        Coordinate expected = WebMercator.fromLonLat(WANZHOU.x, WANZHOU.y);
        assertEquals(expected.x, m.x, 0.001);
        assertEquals(expected.y, m.y, 0.001);
        assertEquals(108.38 * 111_319.490_793, m.x, 0.01, "x = lon in radians times the sphere radius");
    }

    @Test
    void roundTrip4326To3857To4547AndBackStaysWithinMillimetres() {
        Coordinate merc = CrsTransform.between(Crs.WGS84, Crs.WEB_MERCATOR).transform(WANZHOU);
        Crs gk = Crs.epsg(4547);
        Coordinate projected = CrsTransform.between(Crs.WEB_MERCATOR, gk).transform(merc);
        Coordinate backMerc = CrsTransform.between(gk, Crs.WEB_MERCATOR).transform(projected);
        Coordinate back = CrsTransform.between(Crs.WEB_MERCATOR, Crs.WGS84).transform(backMerc);
        assertTrue(GeodesicDistance.metres(WANZHOU, back) < 0.003, "drift " + GeodesicDistance.metres(WANZHOU, back));
        assertEquals(merc.x, backMerc.x, 0.003);
        assertEquals(merc.y, backMerc.y, 0.003);
    }

    @Test
    void gaussKrugerZoneOfWanzhouIsCentralMeridian108() {
        Crs zone = GaussKrugerZones.threeDegreeByCentralMeridian(WANZHOU.x);
        assertEquals(4545, zone.epsgCode());
        assertEquals(36, GaussKrugerZones.threeDegreeZone(WANZHOU.x));
        Coordinate onCm = CrsTransform.between(Crs.CGCS2000, zone).transform(new Coordinate(108.0, 30.81));
        assertEquals(500_000.0, onCm.x, 0.001, "the central meridian maps to the false easting");
        Coordinate zoned = CrsTransform.between(Crs.CGCS2000, GaussKrugerZones.threeDegreeByZone(36))
                .transform(new Coordinate(108.0, 30.81));
        assertEquals(36_500_000.0, zoned.x, 0.001, "zone-numbered variant prefixes the zone");
        assertEquals(onCm.y, zoned.y, 0.001);
    }

    @Test
    void cgcs2000AndWgs84CoincideAtCentimetreLevel() {
        Coordinate c = CrsTransform.between(Crs.CGCS2000, Crs.WGS84).transform(WANZHOU);
        assertTrue(GeodesicDistance.metres(WANZHOU, c) < 0.01);
    }

    @Test
    void envelopeTransformCoversTheProjectedOutline() {
        Envelope lonLat = new Envelope(108.0, 109.0, 30.0, 31.0);
        Envelope gk = CrsTransform.between(Crs.WGS84, Crs.epsg(4547)).transform(lonLat);
        for (double lon = 108.0; lon <= 109.0; lon += 0.25) {
            for (double lat = 30.0; lat <= 31.0; lat += 0.25) {
                Coordinate p = CrsTransform.between(Crs.WGS84, Crs.epsg(4547)).transform(new Coordinate(lon, lat));
                assertTrue(gk.covers(p), "envelope misses " + lon + "," + lat);
            }
        }
    }

    @Test
    void unknownEpsgCodeIsRefusedWithUnknownCrs() {
        MapDataException e = assertThrows(MapDataException.class, () -> Crs.epsg(999_999));
        assertEquals(MapErrorCode.UNKNOWN_CRS, e.code());
    }
}
