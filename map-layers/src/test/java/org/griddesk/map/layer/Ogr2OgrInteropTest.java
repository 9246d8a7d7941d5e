package org.griddesk.map.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads files written by GDAL's ogr2ogr, when it is installed (Debian: gdal-bin); skipped otherwise. */
class Ogr2OgrInteropTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void requireOgr2Ogr() {
        assumeTrue(onPath("ogr2ogr"), "ogr2ogr is not on PATH");
    }

    @Test
    void readsGeoPackageAndShapefileWrittenByOgr2Ogr() throws Exception {
        FeatureLayer original = TestFeatures.villageLayer();
        Path geojson = dir.resolve("village.geojson");
        GeoJsonLayerWriter.write(original, geojson);
        Path gpkg = dir.resolve("ogr.gpkg");
        run("ogr2ogr", "-f", "GPKG", "-a_srs", "EPSG:4490", "-nln", "village", gpkg.toString(), geojson.toString());

        try (LayerSource source = LayerReader.open(gpkg)) {
            FeatureLayer read = source.featureLayer("village");
            assertEquals(3, read.featureCount());
            assertEquals(4490, read.crs().epsgCode());
            assertEquals("幸福村村委会", read.features().get(0).attributes().get("name"));
        }

        Path shpDir = Files.createDirectory(dir.resolve("shp"));
        Path shp = shpDir.resolve("ponds.shp");
        run("ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", "-where", "kind = '水面'",
                shp.toString(), geojson.toString());
        try (LayerSource source = LayerReader.open(shp)) {
            FeatureLayer read = (FeatureLayer) source.layers().get(0);
            assertEquals(1, read.featureCount());
            assertEquals("长江支流鱼塘", read.features().get(0).attributes().get("name"));
        }
    }

    @Test
    void readsLayersOgr2OgrReprojectedToWebMercatorAndGaussKrueger() throws Exception {
        FeatureLayer original = TestFeatures.villageLayer();
        Path geojson = dir.resolve("village.geojson");
        GeoJsonLayerWriter.write(original, geojson);
        org.locationtech.jts.geom.Envelope expected = original.boundsWgs84();

        Path mercator = dir.resolve("mercator.gpkg");
        run("ogr2ogr", "-f", "GPKG", "-s_srs", "EPSG:4490", "-t_srs", "EPSG:3857", "-nln", "village",
                mercator.toString(), geojson.toString());
        Path gaussKrueger = dir.resolve("gk.geojson");
        run("ogr2ogr", "-f", "GeoJSON", "-s_srs", "EPSG:4490", "-t_srs", "EPSG:4547", "-lco", "RFC7946=NO",
                gaussKrueger.toString(), geojson.toString());

        try (LayerSource source = LayerReader.open(mercator)) {
            FeatureLayer read = source.featureLayer("village");
            assertEquals(3857, read.crs().epsgCode());
            assertSameBounds(expected, read.boundsWgs84());
        }
        try (LayerSource source = LayerReader.open(gaussKrueger)) {
            FeatureLayer read = (FeatureLayer) source.layers().get(0);
            assertEquals(3, read.featureCount());
            assertSameBounds(expected, read.boundsWgs84());
            assertEquals("幸福村村委会", read.features().get(0).attributes().get("name"));
        }
    }

    private static void assertSameBounds(org.locationtech.jts.geom.Envelope expected,
                                         org.locationtech.jts.geom.Envelope actual) {
        double degreesPerMetre = 1.0 / 111_000; // GDAL's and proj4j's transforms agree to well under a metre
        assertEquals(expected.getMinX(), actual.getMinX(), degreesPerMetre, "min longitude");
        assertEquals(expected.getMinY(), actual.getMinY(), degreesPerMetre, "min latitude");
        assertEquals(expected.getMaxX(), actual.getMaxX(), degreesPerMetre, "max longitude");
        assertEquals(expected.getMaxY(), actual.getMaxY(), degreesPerMetre, "max latitude");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ogr2ogr did not finish");
        assertEquals(0, p.exitValue(), output);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
