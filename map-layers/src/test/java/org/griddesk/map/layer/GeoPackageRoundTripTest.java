package org.griddesk.map.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.griddesk.map.crs.Crs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoPackageRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void featureTableWrittenInCgcs2000ReadsBackWithChineseValues() {
        FeatureLayer original = TestFeatures.villageLayer();
        Path file = dir.resolve("village.gpkg");
        try (GeoPackageLayerWriter writer = GeoPackageLayerWriter.create(file)) {
            writer.write(original, Crs.CGCS2000);
        }

        try (LayerSource source = LayerReader.open(file)) {
            FeatureLayer read = source.featureLayer("village");
            assertEquals("幸福村要素", read.title());
            assertEquals(Crs.CGCS2000, read.crs());
            assertEquals(3, read.featureCount());
            for (int i = 0; i < 3; i++) {
                Feature a = original.features().get(i);
                Feature b = read.features().get(i);
                assertTrue(a.geometry().equalsExact(b.geometry(), 1e-12), "geometry " + i);
                assertEquals(a.attributes(), b.attributes(), "attributes " + i);
            }
        }
    }

    @Test
    void cgcs2000IsRegisteredByItsWkt() throws SQLException {
        Path file = dir.resolve("srs.gpkg");
        try (GeoPackageLayerWriter writer = GeoPackageLayerWriter.create(file)) {
            writer.write(TestFeatures.villageLayer(), Crs.CGCS2000);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT organization, organization_coordsys_id, definition "
                     + "FROM gpkg_spatial_ref_sys WHERE srs_id = 4490")) {
            assertTrue(rs.next(), "EPSG:4490 row present");
            assertEquals("EPSG", rs.getString(1));
            assertEquals(4490, rs.getInt(2));
            assertTrue(rs.getString(3).startsWith("GEOGCS[\"China Geodetic Coordinate System 2000\""));
        }
    }
}
