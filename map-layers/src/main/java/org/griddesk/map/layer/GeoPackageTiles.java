package org.griddesk.map.layer;

import java.util.Optional;

import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.tiles.matrix.TileMatrix;
import mil.nga.geopackage.tiles.user.TileDao;
import mil.nga.geopackage.tiles.user.TileRow;
import org.griddesk.map.crs.Crs;
import org.griddesk.map.crs.CrsTransform;
import org.locationtech.jts.geom.Envelope;

/** A GeoPackage tile table as a tile layer; tiles are fetched from the open GeoPackage. */
final class GeoPackageTiles {

    private GeoPackageTiles() {
    }

    static TileLayer layer(TileDao dao) {
        Crs crs = GeoPackageLayerReader.sourceOf(dao.getTileMatrixSet().getSrs()).crs();
        BoundingBox box = dao.getTileMatrixSet().getBoundingBox();
        Envelope extent = new Envelope(box.getMinLongitude(), box.getMaxLongitude(), box.getMinLatitude(), box.getMaxLatitude());
        TileGrid grid = new MatrixGrid(crs, extent, dao);
        Envelope wgs84 = CrsTransform.between(crs, Crs.WGS84).transform(extent);
        String identifier = dao.getContents().getIdentifier();
        String title = identifier == null || identifier.isBlank() ? dao.getTableName() : identifier;
        TileStore store = new DaoStore(dao);
        return new TileLayer(dao.getTableName(), title, dao.count(), wgs84, (int) dao.getMinZoom(),
                (int) dao.getMaxZoom(), grid, store);
    }

    /** The GeoPackage's single SQLite connection is not for concurrent use, hence the lock. */
    private record DaoStore(TileDao dao) implements TileStore {

        @Override
        public synchronized Optional<byte[]> tile(int zoom, long column, long row) {
            TileRow tile = dao.queryForTile(column, row, zoom);
            return tile == null ? Optional.empty() : Optional.ofNullable(tile.getTileData());
        }
    }

    private record MatrixGrid(Crs crs, Envelope extent, TileDao dao) implements TileGrid {

        @Override
        public Envelope extent() {
            return new Envelope(extent);
        }

        @Override
        public int matrixWidth(int zoom) {
            TileMatrix m = dao.getTileMatrix(zoom);
            return m == null ? 1 : (int) m.getMatrixWidth();
        }

        @Override
        public int matrixHeight(int zoom) {
            TileMatrix m = dao.getTileMatrix(zoom);
            return m == null ? 1 : (int) m.getMatrixHeight();
        }
    }
}
