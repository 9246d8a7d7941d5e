package org.griddesk.map.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.griddesk.map.crs.WebMercator;
import org.griddesk.map.layer.Feature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class FeatureIndexTest {

    private static final GeometryFactory G = new GeometryFactory();
    private static final double MPP = 2.0;

    private final Feature well = point(1, 108.3800, 30.8100, "水井");
    private final Feature shop = point(2, 108.3900, 30.8100, "小卖部");
    private final Feature field = new Feature(3, G.toGeometry(new Envelope(108.379, 108.381, 30.809, 30.811)), Map.of("name", "菜地"));
    private final FeatureIndex index = FeatureIndex.of(List.of(well, shop, field));

    @Test
    void clickWithinTolerancePicksThePointEvenInsideAPolygon() {
        Coordinate nearWell = mercator(108.3800, 30.8100);
        nearWell.x += 4 * MPP;
        assertEquals(well, index.hit(nearWell, 6, MPP).orElseThrow());
    }

    @Test
    void clickInsidePolygonAwayFromPointsPicksThePolygon() {
        Coordinate inField = mercator(108.3808, 30.8092);
        assertEquals(field, index.hit(inField, 6, MPP).orElseThrow());
    }

    @Test
    void clickBeyondToleranceHitsNothing() {
        Coordinate nearShop = mercator(108.3900, 30.8100);
        nearShop.y += 10 * MPP;
        assertTrue(index.hit(nearShop, 6, MPP).isEmpty());
        assertEquals(shop, index.hit(nearShop, 12, MPP).orElseThrow(), "a larger tolerance reaches it");
    }

    @Test
    void viewportCullingReturnsOnlyFeaturesInView() {
        Coordinate c = mercator(108.3800, 30.8100);
        Envelope view = new Envelope(c.x - 300, c.x + 300, c.y - 300, c.y + 300);
        List<Feature> visible = index.visible(view).stream().map(ProjectedFeature::feature).toList();
        assertEquals(2, visible.size());
        assertTrue(visible.containsAll(List.of(well, field)));
    }

    @Test
    void gridClusteringGroupsNearbyPointsAndAveragesTheirCentre() {
        List<Feature> points = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            points.add(point(100 + i, 108.38 + i * 0.00001, 30.81, "事件" + i));
        }
        points.add(point(200, 108.50, 30.90, "远处事件"));
        FeatureIndex many = FeatureIndex.of(points);
        Envelope world = new Envelope(-WebMercator.HALF_WORLD, WebMercator.HALF_WORLD, -WebMercator.HALF_WORLD, WebMercator.HALF_WORLD);
        List<PointCluster> clusters = GridClusterer.cluster(many.visible(world), 5000);
        assertEquals(List.of(1, 10), clusters.stream().map(PointCluster::size).sorted().toList());
        PointCluster big = clusters.stream().filter(cl -> cl.size() == 10).findFirst().orElseThrow();
        Coordinate expected = mercator(108.380045, 30.81);
        assertEquals(expected.x, big.center().x, 0.01);
        assertEquals(expected.y, big.center().y, 0.01);
        assertEquals(11, GridClusterer.cluster(many.visible(world), 0.5).size(), "tiny cells keep every point apart");
    }

    private static Feature point(long id, double lon, double lat, String name) {
        return new Feature(id, G.createPoint(new Coordinate(lon, lat)), Map.of("name", name));
    }

    private static Coordinate mercator(double lon, double lat) {
        return WebMercator.fromLonLat(lon, lat);
    }
}
