package org.griddesk.map.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.griddesk.map.MapDataException;
import org.griddesk.map.MapErrorCode;
import org.griddesk.map.crs.Crs;
import org.griddesk.map.crs.CrsTransform;
import org.h2gis.functions.io.dbf.internal.DbaseFileHeader;
import org.h2gis.functions.io.shp.internal.SHPDriver;
import org.h2gis.functions.io.shp.internal.ShapeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class ShapefileReaderTest {

    static final String CGCS2000_PRJ = "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\","
            + "SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]]";
    static final String GK_PRJ = "PROJCS[\"CGCS2000_3_Degree_GK_CM_108E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
            + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],"
            + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",108.0],PARAMETER[\"Scale_Factor\",1.0],"
            + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    @TempDir
    Path dir;

    @Test
    void readsPolygonsWithUtf8ChineseAttributes() throws Exception {
        FeatureLayer source = TestFeatures.villageLayer();
        Geometry pond = source.features().get(2).geometry();
        Path shp = write("ponds", pond, "长江支流鱼塘", CGCS2000_PRJ);

        try (LayerSource read = LayerReader.open(shp)) {
            FeatureLayer layer = (FeatureLayer) read.layers().get(0);
            assertEquals("ponds", layer.name());
            assertEquals(Crs.CGCS2000, layer.crs());
            assertEquals(1, layer.featureCount());
            Feature f = layer.features().get(0);
            assertEquals("长江支流鱼塘", f.attributes().get("NAME"));
            assertEquals(2L, f.attributes().get("FLOORS"));
            assertTrue(f.geometry().getEnvelopeInternal().equals(pond.getEnvelopeInternal()));
        }
    }

    @Test
    void gaussKrugerShapefileIsReprojectedToLonLat() throws Exception {
        Coordinate lonLat = new Coordinate(108.38, 30.81);
        Crs gk = Crs.epsg(4545);
        Coordinate projected = CrsTransform.between(Crs.CGCS2000, gk).transform(lonLat);
        Path shp = write("wells", TestFeatures.GEOMETRY.createPoint(projected), "水井", GK_PRJ);

        try (LayerSource read = LayerReader.open(shp)) {
            FeatureLayer layer = (FeatureLayer) read.layers().get(0);
            assertEquals(gk, layer.crs());
            Coordinate back = layer.features().get(0).geometry().getCoordinate();
            assertEquals(lonLat.x, back.x, 1e-8);
            assertEquals(lonLat.y, back.y, 1e-8);
        }
    }

    @Test
    void shapefileWithoutPrjIsRefusedAsUnknownCrs() throws Exception {
        Path shp = write("noprj", TestFeatures.GEOMETRY.createPoint(new Coordinate(108.38, 30.81)), "无坐标系", null);
        MapDataException e = assertThrows(MapDataException.class, () -> LayerReader.open(shp));
        assertEquals(MapErrorCode.UNKNOWN_CRS, e.code());
    }

    private Path write(String name, Geometry geometry, String label, String prj) throws Exception {
        Path shp = dir.resolve(name + ".shp");
        DbaseFileHeader header = new DbaseFileHeader();
        header.setEncoding("UTF-8");
        header.addColumn("NAME", 'C', 80, 0);
        header.addColumn("FLOORS", 'N', 5, 0);
        header.setNumRecords(1); // the h2gis DBF writer writes its header up front and does not count rows
        SHPDriver driver = new SHPDriver();
        ShapeType type = geometry.getDimension() == 0 ? ShapeType.POINT : ShapeType.POLYGON;
        driver.initDriver(shp.toFile(), type, header);
        driver.insertRow(new Object[] {geometry, label, 2});
        driver.close();
        Files.writeString(dir.resolve(name + ".cpg"), "UTF-8");
        if (prj != null) {
            Files.writeString(dir.resolve(name + ".prj"), prj);
        }
        return shp;
    }
}
