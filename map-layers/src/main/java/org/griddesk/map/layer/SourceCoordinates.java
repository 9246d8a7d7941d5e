package org.griddesk.map.layer;

import org.griddesk.map.crs.Crs;
import org.griddesk.map.crs.CrsTransform;
import org.griddesk.map.crs.Gcj02;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * How a file stored its coordinates, and the conversion to WGS84 longitude-latitude. CGCS2000 is
 * taken as equal to WGS84 (they differ by centimetres); GCJ-02 is undone with the iterative inverse.
 */
public record SourceCoordinates(Crs crs, boolean gcj02) {

    public static final SourceCoordinates WGS84 = new SourceCoordinates(Crs.WGS84, false);
    public static final SourceCoordinates GCJ02 = new SourceCoordinates(Crs.WGS84, true);

    public static SourceCoordinates of(Crs crs) {
        return new SourceCoordinates(crs, false);
    }

    public Geometry toWgs84(Geometry g) {
        Geometry lonLat = isWgs84Equivalent() ? g.copy() : CrsTransform.between(crs, Crs.WGS84).transform(g);
        if (gcj02) {
            lonLat.apply(new UndoGcj02());
            lonLat.geometryChanged();
        }
        return lonLat;
    }

    /** WGS84 and CGCS2000 coordinates are used as they are; older datums (Beijing 1954, Xi'an 1980) are shifted. */
    private boolean isWgs84Equivalent() {
        return crs.epsgCode() == Crs.WGS84_CODE || crs.epsgCode() == Crs.CGCS2000_CODE;
    }

    private static final class UndoGcj02 implements CoordinateSequenceFilter {
        @Override
        public void filter(CoordinateSequence seq, int i) {
            Coordinate wgs = Gcj02.toWgs84(new Coordinate(seq.getX(i), seq.getY(i)));
            seq.setOrdinate(i, 0, wgs.x);
            seq.setOrdinate(i, 1, wgs.y);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
