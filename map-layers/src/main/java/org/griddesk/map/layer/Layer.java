package org.griddesk.map.layer;

import org.griddesk.map.crs.Crs;
import org.locationtech.jts.geom.Envelope;

/** A layer read from a map file: either vector features or raster tiles. */
public sealed interface Layer permits FeatureLayer, TileLayer {

    /** The name in the file (table name, file name), unique within its source. */
    String name();

    /** A human title (may be Chinese); the name when the file has none. */
    String title();

    LayerKind kind();

    /** Features for a feature layer, tiles for a tile layer. */
    long featureCount();

    /** The coordinate system the file stored its data in. */
    Crs crs();

    /** True when the file was in GCJ-02 and its coordinates were converted to WGS84 on import. */
    boolean convertedFromGcj02();

    Envelope boundsWgs84();
}
