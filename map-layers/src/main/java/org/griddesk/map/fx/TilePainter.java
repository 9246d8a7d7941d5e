package org.griddesk.map.fx;

import javafx.scene.canvas.GraphicsContext;
import org.griddesk.map.crs.Crs;
import org.griddesk.map.layer.TileGrid;
import org.griddesk.map.layer.TileLayer;
import org.griddesk.map.view.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws the tiles of the zoom level nearest the viewport's resolution. Only Web Mercator pyramids
 * are drawn, since the map itself is in Web Mercator and reprojecting rasters is not worth it here.
 */
final class TilePainter {

    private TilePainter() {
    }

    static void paint(GraphicsContext gc, Viewport viewport, TileImageCache cache) {
        TileLayer layer = cache.layer();
        TileGrid grid = layer.grid();
        if (!grid.crs().equals(Crs.WEB_MERCATOR)) {
            return;
        }
        int zoom = (int) Math.max(layer.minZoom(), Math.min(layer.maxZoom(), Math.round(viewport.zoomLevel())));
        Envelope view = viewport.mapEnvelope();
        Envelope extent = grid.extent();
        double tileW = extent.getWidth() / grid.matrixWidth(zoom);
        double tileH = extent.getHeight() / grid.matrixHeight(zoom);
        long firstCol = Math.max(0, (long) Math.floor((view.getMinX() - extent.getMinX()) / tileW));
        long lastCol = Math.min(grid.matrixWidth(zoom) - 1L, (long) Math.floor((view.getMaxX() - extent.getMinX()) / tileW));
        long firstRow = Math.max(0, (long) Math.floor((extent.getMaxY() - view.getMaxY()) / tileH));
        long lastRow = Math.min(grid.matrixHeight(zoom) - 1L, (long) Math.floor((extent.getMaxY() - view.getMinY()) / tileH));
        for (long row = firstRow; row <= lastRow; row++) {
            for (long col = firstCol; col <= lastCol; col++) {
                Envelope tile = grid.tileEnvelope(zoom, col, row);
                double x = viewport.toScreenX(tile.getMinX());
                double y = viewport.toScreenY(tile.getMaxY());
                double w = tile.getWidth() / viewport.metresPerPixel();
                double h = tile.getHeight() / viewport.metresPerPixel();
                cache.image(zoom, col, row).ifPresent(img -> gc.drawImage(img, x, y, w, h));
            }
        }
    }
}
