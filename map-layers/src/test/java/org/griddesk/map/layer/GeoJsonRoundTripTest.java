package org.griddesk.map.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.griddesk.map.crs.Crs;
import org.griddesk.map.crs.CrsTransform;
import org.griddesk.map.crs.Gcj02;
import org.griddesk.map.crs.GeodesicDistance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

class GeoJsonRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void writtenLayerReadsBackWithChineseValuesAndGeometries() {
        FeatureLayer original = TestFeatures.villageLayer();
        Path file = dir.resolve("幸福村.geojson");
        GeoJsonLayerWriter.write(original, file);

        try (LayerSource source = LayerReader.open(file)) {
            FeatureLayer read = (FeatureLayer) source.layers().get(0);
            assertEquals("幸福村", read.name());
            assertEquals("幸福村要素", read.title());
            assertEquals(3, read.featureCount());
            assertFalse(read.convertedFromGcj02());
            for (int i = 0; i < 3; i++) {
                Feature a = original.features().get(i);
                Feature b = read.features().get(i);
                assertTrue(a.geometry().equalsExact(b.geometry(), 1e-9), "geometry " + i);
                assertEquals(a.attributes(), b.attributes(), "attributes " + i);
            }
            assertEquals(original.boundsWgs84(), read.boundsWgs84());
        }
    }

    @Test
    void gcj02FileIsConvertedOnImportAndLabelled() throws IOException {
        Coordinate wgs = new Coordinate(108.38, 30.81);
        Coordinate gcj = Gcj02.fromWgs84(wgs);
        Path file = dir.resolve("amap-export.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"GCJ-02"}},
                 "features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[%s,%s]},
                              "properties":{"名称":"村卫生室"}}]}
                """.formatted(gcj.x, gcj.y), StandardCharsets.UTF_8);

        try (LayerSource source = LayerReader.open(file)) {
            FeatureLayer layer = (FeatureLayer) source.layers().get(0);
            assertTrue(layer.convertedFromGcj02());
            Coordinate stored = layer.features().get(0).geometry().getCoordinate();
            assertTrue(GeodesicDistance.metres(wgs, stored) < 1.0, "stored point is WGS84 again");
            assertEquals("村卫生室", layer.features().get(0).attributes().get("名称"));
            assertTrue(LayerInventory.line(layer).contains("converted from GCJ-02"));
        }
    }

    @Test
    void projectedGeoJsonWithLegacyCrsMemberIsReprojectedToLonLat() throws IOException {
        Coordinate lonLat = new Coordinate(108.38, 30.81);
        Coordinate gk = CrsTransform.between(Crs.CGCS2000, Crs.epsg(4545)).transform(lonLat);
        Path file = dir.resolve("survey.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4545"}},
                 "features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[%s,%s]},"properties":{"名称":"界桩"}}]}
                """.formatted(gk.x, gk.y));
        try (LayerSource source = LayerReader.open(file)) {
            FeatureLayer layer = (FeatureLayer) source.layers().get(0);
            assertEquals(4545, layer.crs().epsgCode());
            Coordinate read = layer.features().get(0).geometry().getCoordinate();
            assertTrue(GeodesicDistance.metres(lonLat, read) < 0.005);
        }
    }

    @Test
    void unlabelledWebMapExportCanBeDeclaredGcj02ByTheCaller() throws IOException {
        Coordinate wgs = new Coordinate(108.38, 30.81);
        Coordinate gcj = Gcj02.fromWgs84(wgs);
        Path file = dir.resolve("pin.geojson");
        Files.writeString(file, """
                {"type":"Feature","geometry":{"type":"Point","coordinates":[%s,%s]},"properties":{}}
                """.formatted(gcj.x, gcj.y));
        try (LayerSource plain = LayerReader.open(file); LayerSource declared = LayerReader.open(file, ReadOptions.gcj02())) {
            Coordinate asIs = plain.layers().get(0) instanceof FeatureLayer f ? f.features().get(0).geometry().getCoordinate() : null;
            Coordinate converted = ((FeatureLayer) declared.layers().get(0)).features().get(0).geometry().getCoordinate();
            assertTrue(GeodesicDistance.metres(wgs, asIs) > 100, "without the declaration the offset remains");
            assertTrue(GeodesicDistance.metres(wgs, converted) < 1.0);
        }
    }
}
