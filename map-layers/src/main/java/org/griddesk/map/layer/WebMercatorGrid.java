package org.griddesk.map.layer;

import org.griddesk.map.crs.Crs;
import org.locationtech.jts.geom.Envelope;

final class WebMercatorGrid implements TileGrid {

    static final WebMercatorGrid INSTANCE = new WebMercatorGrid();
    static final double HALF_WORLD = 20037508.342789244;

    private WebMercatorGrid() {
    }

    @Override
    public Crs crs() {
        return Crs.WEB_MERCATOR;
    }

    @Override
    public Envelope extent() {
        return new Envelope(-HALF_WORLD, HALF_WORLD, -HALF_WORLD, HALF_WORLD);
    }

    @Override
    public int matrixWidth(int zoom) {
        return 1 << zoom;
    }

    @Override
    public int matrixHeight(int zoom) {
        return 1 << zoom;
    }
}
