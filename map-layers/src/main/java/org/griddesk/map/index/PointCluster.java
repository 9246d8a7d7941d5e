package org.griddesk.map.index;

import java.util.List;

import org.griddesk.map.layer.Feature;
import org.locationtech.jts.geom.Coordinate;

/** Points drawn as one symbol at low zoom; the centre is the mean of the members (Web Mercator). */
public record PointCluster(Coordinate center, List<Feature> members) {

    public PointCluster {
        members = List.copyOf(members);
    }

    public int size() {
        return members.size();
    }
}
