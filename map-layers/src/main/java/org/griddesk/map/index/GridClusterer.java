package org.griddesk.map.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Groups point features into square screen cells: every point whose cell is the same joins one
 * cluster. Cheap and stable while panning, since cells are anchored to the map, not the screen.
 */
public final class GridClusterer {

    private GridClusterer() {
    }

    /** {@code cellSize} is in Web Mercator metres (cell pixels times metres per pixel). */
    public static List<PointCluster> cluster(List<ProjectedFeature> features, double cellSize) {
        if (cellSize <= 0) {
            throw new IllegalArgumentException("cell size must be positive");
        }
        Map<Cell, List<ProjectedFeature>> cells = new LinkedHashMap<>();
        for (ProjectedFeature pf : features) {
            if (pf.projected() instanceof Point p) {
                long cx = (long) Math.floor(p.getX() / cellSize);
                long cy = (long) Math.floor(p.getY() / cellSize);
                cells.computeIfAbsent(new Cell(cx, cy), k -> new ArrayList<>()).add(pf);
            }
        }
        List<PointCluster> clusters = new ArrayList<>();
        for (List<ProjectedFeature> members : cells.values()) {
            double sx = 0;
            double sy = 0;
            for (ProjectedFeature pf : members) {
                sx += pf.projected().getCoordinate().x;
                sy += pf.projected().getCoordinate().y;
            }
            clusters.add(new PointCluster(new Coordinate(sx / members.size(), sy / members.size()),
                    members.stream().map(ProjectedFeature::feature).toList()));
        }
        return clusters;
    }

    private record Cell(long x, long y) {
    }
}
