package org.griddesk.map.layer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import org.griddesk.map.MapDataException;
import org.griddesk.map.MapErrorCode;
import org.sqlite.SQLiteConfig;

/** Read-only access to SQLite-based map files, and telling GeoPackage from MBTiles by their tables. */
final class SqliteFiles {

    private SqliteFiles() {
    }

    static Connection openReadOnly(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try {
            return config.createConnection("jdbc:sqlite:" + path.toAbsolutePath());
        } catch (SQLException e) {
            throw new MapDataException(MapErrorCode.UNREADABLE, path.getFileName() + " cannot be opened", e);
        }
    }

    static Set<String> tableNames(Path path) {
        try (Connection c = openReadOnly(path);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table','view')")) {
            Set<String> names = new HashSet<>();
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
            return names;
        } catch (SQLException e) {
            throw corrupt(path, e);
        }
    }

    static FileFormat kindOf(Path path) {
        Set<String> tables = tableNames(path);
        if (tables.contains("gpkg_contents")) {
            return FileFormat.GEOPACKAGE;
        }
        if (tables.contains("tiles") && tables.contains("metadata")) {
            return FileFormat.MBTILES;
        }
        throw new MapDataException(MapErrorCode.UNSUPPORTED_FORMAT,
                path.getFileName() + " is an SQLite database but neither a GeoPackage nor MBTiles");
    }

    static MapDataException corrupt(Path path, Exception cause) {
        return new MapDataException(MapErrorCode.CORRUPT_FILE, path.getFileName() + " is damaged or truncated", cause);
    }
}
