package org.griddesk.map.layer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.griddesk.map.crs.Crs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** A small layer with Chinese attribute values, shared by the round-trip tests. */
final class TestFeatures {

    static final GeometryFactory GEOMETRY = new GeometryFactory();

    private TestFeatures() {
    }

    static FeatureLayer villageLayer() {
        Map<String, Object> office = new LinkedHashMap<>();
        office.put("name", "幸福村村委会");
        office.put("kind", "办公");
        office.put("floors", 2L);
        office.put("area", 356.5);
        Map<String, Object> road = new LinkedHashMap<>();
        road.put("name", "1号路");
        road.put("kind", "村道");
        road.put("floors", null);
        road.put("area", 0.0);
        Map<String, Object> pond = new LinkedHashMap<>();
        pond.put("name", "长江支流鱼塘");
        pond.put("kind", "水面");
        pond.put("floors", 0L);
        pond.put("area", 1200.25);
        return new FeatureLayer("village", "幸福村要素", Crs.WGS84, false, List.of(
                new Feature(1, GEOMETRY.createPoint(new Coordinate(108.3801, 30.8102)), office),
                new Feature(2, GEOMETRY.createLineString(new Coordinate[] {
                    new Coordinate(108.375, 30.809), new Coordinate(108.385, 30.8105)}), road),
                new Feature(3, GEOMETRY.createPolygon(new Coordinate[] {
                    new Coordinate(108.381, 30.806), new Coordinate(108.383, 30.806), new Coordinate(108.383, 30.807),
                    new Coordinate(108.381, 30.807), new Coordinate(108.381, 30.806)}), pond)));
    }
}
