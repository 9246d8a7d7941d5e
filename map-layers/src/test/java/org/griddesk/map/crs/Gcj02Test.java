package org.griddesk.map.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class Gcj02Test {

    @Property(tries = 2000)
    void roundTripAcrossChinaLandsWithinOneMetre(@ForAll @DoubleRange(min = 73, max = 135) double lon,
                                                 @ForAll @DoubleRange(min = 18, max = 53) double lat) {
        Coordinate wgs = new Coordinate(lon, lat);
        Coordinate back = Gcj02.toWgs84(Gcj02.fromWgs84(wgs));
        double drift = GeodesicDistance.metres(wgs, back);
        assertTrue(drift < 1.0, "round trip drifted " + drift + " m at " + wgs);
    }

    @Property(tries = 500)
    void offsetIsTheFamiliarFewHundredMetres(@ForAll @DoubleRange(min = 73, max = 135) double lon,
                                             @ForAll @DoubleRange(min = 18, max = 53) double lat) {
        Coordinate wgs = new Coordinate(lon, lat);
        double shift = GeodesicDistance.metres(wgs, Gcj02.fromWgs84(wgs));
        assertTrue(shift > 1 && shift < 1500, "implausible GCJ-02 offset " + shift + " m at " + wgs);
    }

    @Test
    void matchesAPublishedReferencePoint() {
        // Beijing Tiananmen: the widely quoted pair WGS84 (116.391275, 39.906217) -> GCJ-02 (116.397520, 39.907618)
        Coordinate gcj = Gcj02.fromWgs84(new Coordinate(116.391275, 39.906217));
        assertEquals(116.397520, gcj.x, 0.0002);
        assertEquals(39.907618, gcj.y, 0.0002);
    }

    @Test
    void pointsOutsideChinaAreUnchanged() {
        Coordinate tokyo = new Coordinate(139.6917, 35.6895);
        assertEquals(tokyo, Gcj02.fromWgs84(tokyo));
        assertEquals(tokyo, Gcj02.toWgs84(tokyo));
    }
}
