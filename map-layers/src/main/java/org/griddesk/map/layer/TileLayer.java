package org.griddesk.map.layer;

import org.griddesk.map.crs.Crs;
import org.locationtech.jts.geom.Envelope;

/** A raster tile pyramid; tiles are read on demand from the still-open file. */
public record TileLayer(String name, String title, long featureCount, Envelope boundsWgs84, int minZoom, int maxZoom,
                        TileGrid grid, TileStore store) implements Layer {

    @Override
    public LayerKind kind() {
        return LayerKind.TILES;
    }

    @Override
    public Crs crs() {
        return grid.crs();
    }

    @Override
    public boolean convertedFromGcj02() {
        return false;
    }

    @Override
    public Envelope boundsWgs84() {
        return new Envelope(boundsWgs84);
    }
}
