package org.griddesk.map.layer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.map.MapDataException;
import org.griddesk.map.MapErrorCode;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads MBTiles 1.3: Web Mercator tiles whose rows count from the bottom (TMS), flipped here so
 * callers always address rows from the top like every other tile source.
 */
final class MbTilesReader {

    private MbTilesReader() {
    }

    static LayerSource read(Path path) {
        Connection connection = SqliteFiles.openReadOnly(path);
        try {
            Map<String, String> metadata = metadata(connection);
            int[] zooms = zoomRange(connection, metadata);
            long count = count(connection);
            String name = FileFormat.baseName(path);
            TileLayer layer = new TileLayer(name, metadata.getOrDefault("name", name), count,
                    bounds(path, metadata), zooms[0], zooms[1], TileGrid.webMercator(), new Store(connection));
            return new LayerSource(path, List.of(layer), List.of(connection));
        } catch (SQLException | RuntimeException e) {
            Closer.closeQuietly(connection);
            if (e instanceof MapDataException m) {
                throw m;
            }
            throw SqliteFiles.corrupt(path, e);
        }
    }

    private static Map<String, String> metadata(Connection c) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, value FROM metadata")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        return values;
    }

    private static int[] zoomRange(Connection c, Map<String, String> metadata) throws SQLException {
        if (metadata.containsKey("minzoom") && metadata.containsKey("maxzoom")) {
            return new int[] {Integer.parseInt(metadata.get("minzoom").trim()), Integer.parseInt(metadata.get("maxzoom").trim())};
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles")) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        }
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tiles")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Envelope bounds(Path path, Map<String, String> metadata) {
        String text = metadata.get("bounds");
        if (text == null) {
            return new Envelope(-180, 180, -85.0511, 85.0511);
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new MapDataException(MapErrorCode.CORRUPT_FILE, path.getFileName() + " has malformed bounds metadata");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            v[i] = Double.parseDouble(parts[i].trim());
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }

    /** One shared connection; SQLite connections are not for concurrent use, hence the lock. */
    private record Store(Connection connection) implements TileStore {

        @Override
        public synchronized Optional<byte[]> tile(int zoom, long column, long row) {
            long tmsRow = (1L << zoom) - 1 - row;
            String sql = "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setInt(1, zoom);
                ps.setLong(2, column);
                ps.setLong(3, tmsRow);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new MapDataException(MapErrorCode.CORRUPT_FILE, "tile " + zoom + "/" + column + "/" + row + " unreadable", e);
            }
        }
    }
}
