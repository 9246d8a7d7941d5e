package org.griddesk.map.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.map.crs.Crs;
import org.griddesk.map.layer.Feature;
import org.griddesk.map.layer.FeatureLayer;
import org.griddesk.map.layer.Layer;
import org.griddesk.map.layer.LayerReader;
import org.griddesk.map.layer.LayerSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

class DemoVillageGeneratorTest {

    @TempDir
    static Path dir;
    static Path gpkg;
    static Map<String, FeatureLayer> layers;

    @BeforeAll
    static void generate() {
        gpkg = dir.resolve("xingfu.gpkg");
        DemoVillageGenerator.writeGeoPackage(gpkg);
        try (LayerSource source = LayerReader.open(gpkg)) {
            layers = source.layers().stream().map(FeatureLayer.class::cast)
                    .collect(Collectors.toMap(Layer::name, Function.identity()));
        }
    }

    @Test
    void hasTheFiveLayersWithExpectedCountsInCgcs2000() {
        assertEquals(Map.of("village_boundary", 1L, "grid_cells", 6L, "river", 1L, "roads", 3L,
                        "buildings", (long) DemoVillageGenerator.HOUSE_COUNT),
                layers.values().stream().collect(Collectors.toMap(Layer::name, Layer::featureCount)));
        layers.values().forEach(l -> assertEquals(Crs.CGCS2000, l.crs(), l.name()));
        assertEquals("网格", layers.get("grid_cells").title());
    }

    @Test
    void everythingLiesInsideWanzhouDistrict() {
        layers.values().forEach(l -> assertTrue(DemoArea.COUNTY_EXTENT.contains(l.boundsWgs84()), l.name()));
        assertTrue(layers.get("village_boundary").boundsWgs84().contains(DemoArea.VILLAGE_CENTRE));
    }

    @Test
    void gridCellsCarryTwelveDigitCodesAndTileTheVillage() {
        List<Feature> cells = layers.get("grid_cells").features();
        assertEquals(List.of("500101001001", "500101001002", "500101001003", "500101001004", "500101001005",
                "500101001006"), cells.stream().map(c -> c.text("code")).sorted().toList());
        assertEquals("幸福村第一网格", cells.get(0).text("name"));
        double cellArea = cells.stream().mapToDouble(c -> c.geometry().getArea()).sum();
        double villageArea = layers.get("village_boundary").features().get(0).geometry().getArea();
        assertEquals(villageArea, cellArea, villageArea * 1e-9);
    }

    @Test
    void housesSitInsideTheVillageOffRoadsAndRiverWithChineseNames() {
        Geometry village = layers.get("village_boundary").features().get(0).geometry();
        Geometry river = layers.get("river").features().get(0).geometry();
        for (Feature house : layers.get("buildings").features()) {
            assertTrue(village.contains(house.geometry()));
            assertFalse(river.intersects(house.geometry()));
            for (Feature road : layers.get("roads").features()) {
                assertFalse(road.geometry().intersects(house.geometry()), house.text("name"));
            }
            assertTrue(house.text("name").matches("幸福村[1-6]组\\d+号"), house.text("name"));
            assertTrue(house.text("grid").startsWith("500101001"));
        }
        assertEquals("长江支流", layers.get("river").features().get(0).text("name"));
        assertEquals(List.of("1号路", "2号路", "3号路"), layers.get("roads").features().stream().map(f -> f.text("name")).toList());
    }

    @Test
    void generationIsDeterministic() throws IOException {
        List<FeatureLayer> a = new DemoVillageGenerator(DemoVillageGenerator.DEFAULT_SEED).layers();
        List<FeatureLayer> b = new DemoVillageGenerator(DemoVillageGenerator.DEFAULT_SEED).layers();
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).features(), b.get(i).features(), a.get(i).name());
        }
        Path again = dir.resolve("again.gpkg");
        DemoVillageGenerator.writeGeoPackage(again);
        try (LayerSource source = LayerReader.open(again)) {
            FeatureLayer houses = source.featureLayer("buildings");
            assertArrayEquals(layers.get("buildings").features().stream().map(f -> f.geometry().toText()).toArray(),
                    houses.features().stream().map(f -> f.geometry().toText()).toArray());
        }
        assertTrue(Files.size(again) > 0);
    }
}
