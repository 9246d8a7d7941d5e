package org.griddesk.map.layer;

import java.nio.file.Path;

import org.griddesk.map.MapDataException;

/**
 * Opens any supported map file: GeoJSON, GeoPackage (features and tiles), MBTiles and shapefiles.
 * A file that cannot be used raises {@link MapDataException} with its code, and nothing stays open.
 */
public final class LayerReader {

    private LayerReader() {
    }

    public static LayerSource open(Path path) {
        return open(path, ReadOptions.DEFAULT);
    }

    public static LayerSource open(Path path, ReadOptions options) {
        return switch (FileFormat.detect(path)) {
            case GEOJSON -> GeoJsonLayerReader.read(path, options);
            case GEOPACKAGE -> GeoPackageLayerReader.read(path, options);
            case MBTILES -> MbTilesReader.read(path);
            case SHAPEFILE -> ShapefileLayerReader.read(path, options);
        };
    }
}
