package org.griddesk.map.layer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.imageio.ImageIO;

/** Writes a minimal MBTiles file (rows in TMS order) for tests. */
public final class TinyMbTiles {

    public record Tile(int zoom, int column, int tmsRow, byte[] png) {
    }

    private TinyMbTiles() {
    }

    public static void create(Path file, String name, String bounds, Tile... tiles) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            int minZoom = Integer.MAX_VALUE;
            int maxZoom = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tiles VALUES (?,?,?,?)")) {
                for (Tile t : tiles) {
                    ps.setInt(1, t.zoom());
                    ps.setInt(2, t.column());
                    ps.setInt(3, t.tmsRow());
                    ps.setBytes(4, t.png());
                    ps.executeUpdate();
                    minZoom = Math.min(minZoom, t.zoom());
                    maxZoom = Math.max(maxZoom, t.zoom());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO metadata VALUES (?,?)")) {
                String[][] rows = {{"name", name}, {"format", "png"}, {"bounds", bounds},
                    {"minzoom", Integer.toString(minZoom)}, {"maxzoom", Integer.toString(maxZoom)}};
                for (String[] row : rows) {
                    ps.setString(1, row[0]);
                    ps.setString(2, row[1]);
                    ps.executeUpdate();
                }
            }
        }
    }

    public static byte[] png(int rgb) {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
