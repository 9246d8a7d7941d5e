package org.griddesk.map.layer;

import java.util.List;

import org.griddesk.map.crs.Crs;
import org.locationtech.jts.geom.Envelope;

/** Vector features held in memory, already converted to WGS84 longitude-latitude. */
public record FeatureLayer(String name, String title, Crs crs, boolean convertedFromGcj02, List<Feature> features)
        implements Layer {

    public FeatureLayer {
        features = List.copyOf(features);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.FEATURES;
    }

    @Override
    public long featureCount() {
        return features.size();
    }

    @Override
    public Envelope boundsWgs84() {
        Envelope bounds = new Envelope();
        for (Feature f : features) {
            bounds.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        return bounds;
    }
}
