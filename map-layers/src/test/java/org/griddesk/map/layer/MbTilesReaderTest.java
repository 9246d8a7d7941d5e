package org.griddesk.map.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;

import org.griddesk.map.crs.Crs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

class MbTilesReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsMetadataAndFlipsTmsRows() throws SQLException {
        Path file = dir.resolve("wanzhou.mbtiles");
        byte[] top = TinyMbTiles.png(0xff0000);
        byte[] bottom = TinyMbTiles.png(0x0000ff);
        // At zoom 1 TMS row 1 is the northern half, which XYZ calls row 0.
        TinyMbTiles.create(file, "万州底图", "108.0,30.5,108.9,31.1", new TinyMbTiles.Tile(1, 1, 1, top),
                new TinyMbTiles.Tile(1, 1, 0, bottom));

        try (LayerSource source = LayerReader.open(file)) {
            TileLayer layer = (TileLayer) source.layers().get(0);
            assertEquals(LayerKind.TILES, layer.kind());
            assertEquals("万州底图", layer.title());
            assertEquals(2, layer.featureCount());
            assertEquals(Crs.WEB_MERCATOR, layer.crs());
            assertEquals(new Envelope(108.0, 108.9, 30.5, 31.1), layer.boundsWgs84());
            assertEquals(1, layer.minZoom());
            assertEquals(1, layer.maxZoom());
            assertArrayEquals(top, layer.store().tile(1, 1, 0).orElseThrow());
            assertArrayEquals(bottom, layer.store().tile(1, 1, 1).orElseThrow());
            assertTrue(layer.store().tile(1, 0, 0).isEmpty());
            assertEquals("wanzhou\ttiles\t2\tEPSG:3857\t108.000000,30.500000,108.900000,31.100000",
                    LayerInventory.line(layer));
        }
    }

    @Test
    void tileGridPlacesXyzTilesOnTheWebMercatorWorld() {
        Envelope northEast = TileGrid.webMercator().tileEnvelope(1, 1, 0);
        assertEquals(0.0, northEast.getMinX(), 1e-6);
        assertEquals(0.0, northEast.getMinY(), 1e-6);
        assertEquals(20037508.342789244, northEast.getMaxX(), 1e-6);
    }
}
