package org.griddesk.map.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.tiles.matrix.TileMatrix;
import mil.nga.geopackage.tiles.user.TileDao;
import mil.nga.geopackage.tiles.user.TileRow;
import mil.nga.geopackage.tiles.user.TileTableMetadata;
import org.griddesk.map.crs.Crs;
import org.griddesk.map.crs.WebMercator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoPackageTilesTest {

    @TempDir
    Path dir;

    @Test
    void tileTableIsReadLazilyWithItsMatrix() throws Exception {
        Path file = dir.resolve("basemap.gpkg");
        byte[] red = TinyMbTiles.png(0xff0000);
        writeWorldTiles(file, red);

        try (LayerSource source = LayerReader.open(file)) {
            TileLayer layer = (TileLayer) source.layer("basemap");
            assertEquals(LayerKind.TILES, layer.kind());
            assertEquals(Crs.WEB_MERCATOR, layer.crs());
            assertEquals(1, layer.featureCount());
            assertEquals(1, layer.minZoom());
            assertEquals(2, layer.grid().matrixWidth(1));
            assertArrayEquals(red, layer.store().tile(1, 1, 0).orElseThrow());
            assertTrue(layer.store().tile(1, 0, 1).isEmpty());
            assertEquals(85.05, layer.boundsWgs84().getMaxY(), 0.01);
        }
    }

    static void writeWorldTiles(Path file, byte[] northEastTile) throws Exception {
        GeoPackageManager.create(file.toFile());
        GeoPackage gpkg = GeoPackageManager.open(file.toFile(), false);
        try {
            gpkg.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 3857);
            double h = WebMercator.HALF_WORLD;
            gpkg.createTileTable(TileTableMetadata.create("basemap", new BoundingBox(-h, -h, h, h), 3857));
            TileMatrix matrix = new TileMatrix();
            matrix.setContents(gpkg.getContentsDao().queryForId("basemap"));
            matrix.setZoomLevel(1);
            matrix.setMatrixWidth(2);
            matrix.setMatrixHeight(2);
            matrix.setTileWidth(256);
            matrix.setTileHeight(256);
            matrix.setPixelXSize(h / 256);
            matrix.setPixelYSize(h / 256);
            gpkg.getTileMatrixDao().create(matrix);
            TileDao dao = gpkg.getTileDao("basemap");
            TileRow row = dao.newRow();
            row.setZoomLevel(1);
            row.setTileColumn(1);
            row.setTileRow(0);
            row.setTileData(northEastTile);
            dao.insert(row);
        } finally {
            gpkg.close();
        }
    }
}
