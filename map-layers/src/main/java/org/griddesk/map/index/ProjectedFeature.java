package org.griddesk.map.index;

import org.griddesk.map.layer.Feature;
import org.locationtech.jts.geom.Geometry;

/** A feature together with its geometry in Web Mercator metres, the map's drawing space. */
public record ProjectedFeature(Feature feature, Geometry projected) {
}
