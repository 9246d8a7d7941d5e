package org.griddesk.map.layer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.griddesk.map.MapDataException;
import org.griddesk.map.MapErrorCode;

/** Recognises a map file by its first bytes, using the extension only to choose among SQLite kinds. */
enum FileFormat {
    GEOJSON, GEOPACKAGE, MBTILES, SHAPEFILE;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SHAPEFILE_MAGIC = 9994;
    private static final int HEADER_BYTES = 100;

    static FileFormat detect(Path path) {
        byte[] head = readHead(path);
        String ext = extension(path);
        if (head.length == 0) {
            throw new MapDataException(MapErrorCode.CORRUPT_FILE, "the file " + path.getFileName() + " is empty");
        }
        if (startsWith(head, SQLITE_MAGIC)) {
            return SqliteFiles.kindOf(path);
        }
        if (ext.equals("shp")) {
            return requireShapefileHeader(path, head);
        }
        if (looksLikeJson(head)) {
            return GEOJSON;
        }
        if (ext.equals("gpkg") || ext.equals("mbtiles") || ext.equals("geojson")) {
            throw new MapDataException(MapErrorCode.CORRUPT_FILE,
                    path.getFileName() + " does not have the structure of a ." + ext + " file");
        }
        throw new MapDataException(MapErrorCode.UNSUPPORTED_FORMAT,
                path.getFileName() + " is not GeoJSON, GeoPackage, MBTiles or a shapefile");
    }

    private static FileFormat requireShapefileHeader(Path path, byte[] head) {
        boolean ok = head.length >= HEADER_BYTES
                && ((head[0] & 0xff) << 24 | (head[1] & 0xff) << 16 | (head[2] & 0xff) << 8 | (head[3] & 0xff))
                == SHAPEFILE_MAGIC;
        if (!ok) {
            throw new MapDataException(MapErrorCode.CORRUPT_FILE, path.getFileName() + " has no shapefile header");
        }
        return SHAPEFILE;
    }

    private static boolean looksLikeJson(byte[] head) {
        for (byte b : head) {
            if (b == '{') {
                return true;
            }
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    private static byte[] readHead(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new MapDataException(MapErrorCode.UNREADABLE, path.getFileName() + " does not exist or is not a file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            throw new MapDataException(MapErrorCode.UNREADABLE, path.getFileName() + " cannot be read", e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String baseName(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
