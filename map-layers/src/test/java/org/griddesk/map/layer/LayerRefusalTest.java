package org.griddesk.map.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.sf.GeometryType;
import org.griddesk.map.MapDataException;
import org.griddesk.map.MapErrorCode;
import org.griddesk.map.crs.Crs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerRefusalTest {

    @TempDir
    Path dir;

    @Test
    void missingFileIsUnreadable() {
        assertRefused(MapErrorCode.UNREADABLE, dir.resolve("不存在.gpkg"));
    }

    @Test
    void emptyFileIsCorrupt() throws IOException {
        assertRefused(MapErrorCode.CORRUPT_FILE, Files.createFile(dir.resolve("empty.geojson")));
    }

    @Test
    void textFileIsUnsupported() throws IOException {
        Path csv = Files.writeString(dir.resolve("households.csv"), "户主,地址\n张三,1组\n");
        MapDataException e = assertRefused(MapErrorCode.UNSUPPORTED_FORMAT, csv);
        assertTrue(e.getMessage().startsWith("unsupported_format: households.csv"));
    }

    @Test
    void randomBytesNamedGpkgAreCorrupt() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 'X';
        assertRefused(MapErrorCode.CORRUPT_FILE, Files.write(dir.resolve("noise.gpkg"), noise));
    }

    @Test
    void truncatedGeoPackageIsCorruptAndLeftClosed() throws IOException {
        Path whole = dir.resolve("whole.gpkg");
        try (GeoPackageLayerWriter w = GeoPackageLayerWriter.create(whole)) {
            w.write(TestFeatures.villageLayer(), Crs.CGCS2000);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated.gpkg"), Arrays.copyOf(bytes, bytes.length / 3));
        assertRefused(MapErrorCode.CORRUPT_FILE, truncated);
        if (OpenFiles.supported()) {
            assertEquals(0, OpenFiles.on(truncated), "no descriptor left open on the refused file");
        }
    }

    @Test
    void truncatedGeoJsonIsCorrupt() throws IOException {
        Path whole = dir.resolve("whole.geojson");
        GeoJsonLayerWriter.write(TestFeatures.villageLayer(), whole);
        String text = Files.readString(whole);
        Path cut = Files.writeString(dir.resolve("cut.geojson"), text.substring(0, text.length() / 2));
        assertRefused(MapErrorCode.CORRUPT_FILE, cut);
    }

    @Test
    void jsonThatIsNotGeoJsonIsCorrupt() throws IOException {
        assertRefused(MapErrorCode.CORRUPT_FILE, Files.writeString(dir.resolve("config.json"), "{\"theme\":\"dark\"}"));
    }

    @Test
    void geoJsonInAnUnknownCrsIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("local.geojson"), """
                {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"LOCAL:村自建坐标"}},"features":[]}
                """);
        assertRefused(MapErrorCode.UNKNOWN_CRS, file);
    }

    @Test
    void geoPackageInUndefinedCartesianSrsIsRefusedAsUnknownCrs() {
        Path file = dir.resolve("cad.gpkg");
        GeoPackageManager.create(file.toFile());
        GeoPackage gpkg = GeoPackageManager.open(file.toFile(), false);
        try {
            GeometryColumns columns = new GeometryColumns();
            columns.setId(new TableColumnKey("plan", "geom"));
            columns.setGeometryType(GeometryType.POINT);
            columns.setZ((byte) 0);
            columns.setM((byte) 0);
            columns.setSrsId(-1);
            gpkg.createFeatureTable(FeatureTableMetadata.create(columns));
        } finally {
            gpkg.close();
        }
        assertRefused(MapErrorCode.UNKNOWN_CRS, file);
        if (OpenFiles.supported()) {
            assertEquals(0, OpenFiles.on(file));
        }
    }

    @Test
    void sqliteDatabaseThatIsNeitherGeoPackageNorMbTilesIsUnsupported() throws SQLException {
        Path db = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE households (name TEXT)");
        }
        assertRefused(MapErrorCode.UNSUPPORTED_FORMAT, db);
    }

    @Test
    void shapefileWithoutItsDbfIsCorrupt() throws IOException {
        byte[] header = new byte[100];
        header[2] = 0x27;
        header[3] = 0x0a;
        Path shp = Files.write(dir.resolve("roads.shp"), header);
        Files.write(dir.resolve("roads.shx"), header);
        assertRefused(MapErrorCode.CORRUPT_FILE, shp);
    }

    @Test
    void unreadableFileIsReportedSo() throws IOException {
        Path file = Files.writeString(dir.resolve("locked.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        assumeTrue(file.toFile().setReadable(false) && !Files.isReadable(file), "cannot drop read permission (root?)");
        assertRefused(MapErrorCode.UNREADABLE, file);
    }

    private static MapDataException assertRefused(MapErrorCode expected, Path file) {
        MapDataException e = assertThrows(MapDataException.class, () -> LayerReader.open(file).close());
        assertEquals(expected, e.code(), e.getMessage());
        return e;
    }
}
