package org.griddesk.map.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.griddesk.map.layer.Feature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An STR-tree over one layer's features in Web Mercator metres: which features a viewport shows,
 * and which feature a click hits within a tolerance given in screen pixels.
 */
public final class FeatureIndex {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final STRtree tree = new STRtree();
    private final int size;

    private FeatureIndex(List<Feature> features) {
        for (Feature f : features) {
            Geometry projected = MercatorProjector.project(f.geometry());
            tree.insert(projected.getEnvelopeInternal(), new ProjectedFeature(f, projected));
        }
        tree.build();
        size = features.size();
    }

    public static FeatureIndex of(List<Feature> features) {
        return new FeatureIndex(features);
    }

    public int size() {
        return size;
    }

    /** Features whose envelope meets the viewport (Web Mercator metres). */
    @SuppressWarnings("unchecked")
    public List<ProjectedFeature> visible(Envelope viewport) {
        return new ArrayList<>((List<ProjectedFeature>) tree.query(viewport));
    }

    /**
     * The feature nearest to {@code point} (Web Mercator) no farther than {@code tolerancePixels}
     * at {@code metresPerPixel}. Symbols drawn on top win: a point within tolerance beats a line,
     * a line beats the polygon the click falls in; then the nearer, then the smaller feature.
     */
    public Optional<Feature> hit(Coordinate point, double tolerancePixels, double metresPerPixel) {
        double tolerance = tolerancePixels * metresPerPixel;
        Envelope search = new Envelope(point);
        search.expandBy(tolerance);
        Point p = GEOMETRY.createPoint(point);
        return visible(search).stream()
                .map(pf -> new Candidate(pf, pf.projected().distance(p)))
                .filter(c -> c.distance <= tolerance)
                .min(Comparator.<Candidate>comparingInt(c -> c.feature.projected().getDimension())
                        .thenComparingDouble(Candidate::distance)
                        .thenComparingDouble(c -> c.feature.projected().getArea()))
                .map(c -> c.feature.feature());
    }

    private record Candidate(ProjectedFeature feature, double distance) {
    }
}
