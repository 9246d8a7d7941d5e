package org.griddesk.map.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.griddesk.map.crs.Crs;
import org.griddesk.map.layer.Feature;
import org.griddesk.map.layer.FeatureLayer;
import org.griddesk.map.layer.GeoPackageLayerWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds the offline base map of the demo village 幸福村 with our own code: boundary, roads, a
 * river, houses and six grid cells. A fixed seed makes every run produce the same map.
 */
public final class DemoVillageGenerator {

    public static final long DEFAULT_SEED = 20_240_501L;
    public static final int HOUSE_COUNT = 60;

    static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String[] HOUSE_USES = {"住宅", "住宅", "住宅", "住宅", "仓库", "商铺"};

    private final Random random;

    public DemoVillageGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes the demo GeoPackage (CGCS2000, EPSG:4490) to a new file. */
    public static void writeGeoPackage(Path target) {
        List<FeatureLayer> layers = new DemoVillageGenerator(DEFAULT_SEED).layers();
        try (GeoPackageLayerWriter writer = GeoPackageLayerWriter.create(target)) {
            for (FeatureLayer layer : layers) {
                writer.write(layer, Crs.CGCS2000);
            }
        }
    }

    public List<FeatureLayer> layers() {
        Polygon boundary = boundary();
        List<Feature> roads = roads(boundary);
        Feature river = river(boundary);
        List<Feature> cells = DemoGridCells.cells(boundary);
        List<Feature> houses = houses(boundary, roads, river, cells);
        return List.of(
                layer("village_boundary", "村界", List.of(new Feature(1, boundary, Map.of(
                        "name", DemoArea.VILLAGE_NAME, "county", DemoArea.COUNTY_NAME, "county_code", DemoArea.COUNTY_CODE)))),
                layer("grid_cells", "网格", cells),
                layer("river", "河流", List.of(river)),
                layer("roads", "道路", roads),
                layer("buildings", "房屋", houses));
    }

    private static FeatureLayer layer(String name, String title, List<Feature> features) {
        return new FeatureLayer(name, title, Crs.CGCS2000, false, features);
    }

    /** A rounded, slightly irregular outline about 1.8 km by 1.3 km. */
    private Polygon boundary() {
        int vertices = 24;
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            double wobble = 0.9 + 0.15 * random.nextDouble();
            ring[i] = DemoArea.offset(Math.cos(angle) * 900 * wobble, Math.sin(angle) * 650 * wobble);
        }
        ring[vertices] = ring[0];
        return GEOMETRY.createPolygon(ring);
    }

    private List<Feature> roads(Polygon boundary) {
        List<Feature> roads = new ArrayList<>();
        roads.add(road(1, "1号路", "村道", boundary, line(-1000, -40, -300, 10, 300, -20, 1000, 30)));
        roads.add(road(2, "2号路", "村道", boundary, line(-60, -800, -20, -200, 40, 300, 10, 800)));
        roads.add(road(3, "3号路", "机耕道", boundary, line(-700, 450, -300, 200, -20, 0)));
        return roads;
    }

    private static Feature road(long id, String name, String kind, Polygon boundary, LineString line) {
        Geometry clipped = line.intersection(boundary);
        return new Feature(id, clipped, Map.of("name", name, "kind", kind));
    }

    private Feature river(Polygon boundary) {
        List<Coordinate> points = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            double east = -1000 + i * 100;
            double north = -350 + 0.35 * east + 60 * Math.sin(i / 2.5) + random.nextDouble() * 20;
            points.add(DemoArea.offset(east, north));
        }
        Geometry clipped = GEOMETRY.createLineString(points.toArray(Coordinate[]::new)).intersection(boundary);
        return new Feature(1, clipped, Map.of("name", "长江支流", "kind", "河流"));
    }

    private List<Feature> houses(Polygon boundary, List<Feature> roads, Feature river, List<Feature> cells) {
        Geometry keepOut = river.geometry().buffer(metresToDegrees(30));
        for (Feature road : roads) {
            keepOut = keepOut.union(road.geometry().buffer(metresToDegrees(8)));
        }
        Geometry inner = boundary.buffer(-metresToDegrees(20));
        List<Feature> houses = new ArrayList<>();
        List<Geometry> placed = new ArrayList<>();
        while (houses.size() < HOUSE_COUNT) {
            Polygon house = house(random.nextDouble() * 1600 - 800, random.nextDouble() * 1100 - 550);
            if (!inner.contains(house) || keepOut.intersects(house)
                    || placed.stream().anyMatch(p -> p.distance(house) < metresToDegrees(5))) {
                continue;
            }
            placed.add(house);
            houses.add(new Feature(houses.size() + 1L, house, houseAttributes(houses.size() + 1, house, cells)));
        }
        return houses;
    }

    private Map<String, Object> houseAttributes(int number, Polygon house, List<Feature> cells) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        String grid = DemoGridCells.codeAt(cells, house.getCentroid());
        int group = Integer.parseInt(grid.substring(DemoGridCells.CODE_PREFIX.length()));
        attributes.put("name", DemoArea.VILLAGE_NAME + group + "组" + number + "号");
        attributes.put("use", HOUSE_USES[random.nextInt(HOUSE_USES.length)]);
        attributes.put("floors", 1L + random.nextInt(3));
        attributes.put("grid", grid);
        return attributes;
    }

    private Polygon house(double east, double north) {
        double w = 8 + random.nextDouble() * 10;
        double h = 8 + random.nextDouble() * 8;
        return GEOMETRY.createPolygon(new Coordinate[] {
            DemoArea.offset(east, north), DemoArea.offset(east + w, north), DemoArea.offset(east + w, north + h),
            DemoArea.offset(east, north + h), DemoArea.offset(east, north)});
    }

    private static LineString line(double... eastNorth) {
        Coordinate[] points = new Coordinate[eastNorth.length / 2];
        for (int i = 0; i < points.length; i++) {
            points[i] = DemoArea.offset(eastNorth[2 * i], eastNorth[2 * i + 1]);
        }
        return GEOMETRY.createLineString(points);
    }

    static double metresToDegrees(double metres) {
        return metres / 111_320.0;
    }
}
