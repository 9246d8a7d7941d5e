package org.griddesk.map.crs;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Converts coordinates between two systems. Instances are not thread-safe (proj4j keeps scratch
 * state), so each thread makes its own; they are cheap.
 */
public final class CrsTransform {

    /** Points sampled along each envelope edge so curved projected edges are not cut off. */
    private static final int EDGE_SAMPLES = 16;

    private final Crs source;
    private final Crs target;
    private final CoordinateTransform transform;

    private CrsTransform(Crs source, Crs target) {
        this.source = source;
        this.target = target;
        this.transform = new BasicCoordinateTransform(source.proj(), target.proj());
    }

    public static CrsTransform between(Crs source, Crs target) {
        return new CrsTransform(source, target);
    }

    public Crs source() {
        return source;
    }

    public Crs target() {
        return target;
    }

    public boolean isIdentity() {
        return source.equals(target);
    }

    public Coordinate transform(Coordinate c) {
        if (isIdentity()) {
            return new Coordinate(c.x, c.y);
        }
        ProjCoordinate out = transform.transform(new ProjCoordinate(c.x, c.y), new ProjCoordinate());
        return new Coordinate(out.x, out.y);
    }

    /** The envelope of the transformed outline, sampled densely enough for curved edges. */
    public Envelope transform(Envelope e) {
        if (e.isNull() || isIdentity()) {
            return new Envelope(e);
        }
        Envelope result = new Envelope();
        for (int i = 0; i <= EDGE_SAMPLES; i++) {
            double fx = e.getMinX() + e.getWidth() * i / EDGE_SAMPLES;
            double fy = e.getMinY() + e.getHeight() * i / EDGE_SAMPLES;
            result.expandToInclude(transform(new Coordinate(fx, e.getMinY())));
            result.expandToInclude(transform(new Coordinate(fx, e.getMaxY())));
            result.expandToInclude(transform(new Coordinate(e.getMinX(), fy)));
            result.expandToInclude(transform(new Coordinate(e.getMaxX(), fy)));
        }
        return result;
    }

    /** A transformed copy; the input geometry is left untouched. */
    public Geometry transform(Geometry g) {
        Geometry copy = g.copy();
        if (isIdentity()) {
            return copy;
        }
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                Coordinate out = transform(new Coordinate(seq.getX(i), seq.getY(i)));
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
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
