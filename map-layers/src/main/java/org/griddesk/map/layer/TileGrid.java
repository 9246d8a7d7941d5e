package org.griddesk.map.layer;

import org.griddesk.map.crs.Crs;
import org.locationtech.jts.geom.Envelope;

/**
 * Where a tile pyramid's tiles lie: the grid's extent in its own CRS and how many tiles span it
 * at each zoom. Rows count from the top, as in XYZ web maps and GeoPackage.
 */
public interface TileGrid {

    Crs crs();

    Envelope extent();

    int matrixWidth(int zoom);

    int matrixHeight(int zoom);

    default Envelope tileEnvelope(int zoom, long column, long row) {
        Envelope e = extent();
        double w = e.getWidth() / matrixWidth(zoom);
        double h = e.getHeight() / matrixHeight(zoom);
        double minX = e.getMinX() + column * w;
        double maxY = e.getMaxY() - row * h;
        return new Envelope(minX, minX + w, maxY - h, maxY);
    }

    /** The global Web Mercator grid of web maps: 2^z by 2^z tiles. */
    static TileGrid webMercator() {
        return WebMercatorGrid.INSTANCE;
    }
}
