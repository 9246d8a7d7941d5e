package org.griddesk.map.index;

import org.griddesk.map.crs.WebMercator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/** Projects WGS84 geometries into Web Mercator copies. */
public final class MercatorProjector {

    private MercatorProjector() {
    }

    public static Geometry project(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                Coordinate m = WebMercator.fromLonLat(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, 0, m.x);
                seq.setOrdinate(i, 1, m.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.geometryChanged();
        return copy;
    }
}
