package org.griddesk.map.fx;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.griddesk.map.style.PointSymbol;

/**
 * Point symbols, cluster badges and labels as sprites. Thousands of anti-aliased ovals, digit strings and haloed
 * labels per frame are what made the software pipeline slow; a frame shows only a few distinct symbols (one per
 * point style, one per cluster count) and the same labels at every zoom, so each is drawn once and stamped from then
 * on. Least recently used sprites are dropped first. FX thread only.
 */
final class SpriteCache {

    /** A township's labels and badges: about ten megabytes at most on a screen of normal density. */
    private static final int CAPACITY = 2048;
    private static final Color HALO = Color.rgb(255, 255, 255, 0.85);
    /** Room around a symbol for its white outline and anti-aliasing. */
    private static final double PADDING = 2;

    private final Map<Object, Sprite> sprites = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Sprite> eldest) {
            return size() > CAPACITY;
        }
    };

    private record PointKey(PointSymbol symbol, double size, Color color, double scale) {
    }

    private record BadgeKey(int count, Color fill, double scale) {
    }

    private record LabelKey(String text, double size, Color color, boolean leftAligned, double scale) {
    }

    /** A point symbol anchored on the point: its centre, or a pin's tip. */
    Sprite point(PointSymbol symbol, double size, Color color, double scale) {
        return sprites.computeIfAbsent(new PointKey(symbol, size, color, scale), k -> {
            double side = evenSide(size / 2);
            // a pin stands on its tip; its round head reaches one and a half sizes above it
            double height = symbol == PointSymbol.PIN ? Math.ceil(size * 1.5) + 2 * PADDING : side;
            double anchorY = symbol == PointSymbol.PIN ? height - PADDING : side / 2;
            return rasterise(side, height, side / 2, anchorY, scale,
                    gc -> SymbolPainter.paint(gc, symbol, side / 2, anchorY, size, color));
        });
    }

    /** A cluster's disc with its member count, centred on the cluster. */
    Sprite clusterBadge(int count, Color fill, double scale) {
        return sprites.computeIfAbsent(new BadgeKey(count, fill, scale), k -> {
            double radius = MapRenderer.clusterRadius(count);
            double side = evenSide(radius);
            return rasterise(side, side, side / 2, side / 2, scale,
                    gc -> paintBadge(gc, side / 2, radius, count, fill));
        });
    }

    /**
     * A label with a light halo, anchored on the middle of its left edge (beside a point) or on its centre. The halo
     * is the text drawn four times, offset by a pixel: stroking glyph outlines costs the software rasteriser some
     * twenty times more.
     */
    Sprite label(String text, double size, Color color, boolean leftAligned, double scale) {
        return sprites.computeIfAbsent(new LabelKey(text, size, color, leftAligned, scale), k -> {
            Text measure = new Text(text);
            measure.setFont(LabelPainter.font(size));
            double textWidth = Math.ceil(measure.getLayoutBounds().getWidth());
            double width = textWidth + 2 * (PADDING + 1);
            double height = Math.ceil(measure.getLayoutBounds().getHeight()) + 2 * (PADDING + 1);
            double left = PADDING + 1;
            double middle = Math.round(height / 2);
            return rasterise(width, height, leftAligned ? left : left + textWidth / 2, middle, scale, gc -> {
                gc.setFont(LabelPainter.font(size));
                gc.setTextAlign(TextAlignment.LEFT);
                gc.setTextBaseline(VPos.CENTER);
                gc.setFill(HALO);
                gc.fillText(text, left - 1, middle);
                gc.fillText(text, left + 1, middle);
                gc.fillText(text, left, middle - 1);
                gc.fillText(text, left, middle + 1);
                gc.setFill(color);
                gc.fillText(text, left, middle);
            });
        });
    }

    int size() {
        return sprites.size();
    }

    /**
     * A whole, even number of pixels around a symbol of this radius, so its centre falls on a pixel corner just as
     * a symbol drawn straight onto the map would: stamping then moves nothing.
     */
    private static double evenSide(double radius) {
        return 2 * Math.ceil(radius + PADDING);
    }

    private static void paintBadge(GraphicsContext gc, double centre, double r, int count, Color fill) {
        gc.setFill(fill);
        gc.fillOval(centre - r, centre - r, 2 * r, 2 * r);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(2);
        gc.strokeOval(centre - r, centre - r, 2 * r, 2 * r);
        gc.setFill(Color.WHITE);
        gc.setFont(LabelPainter.font(11));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(Integer.toString(count), centre, centre);
    }

    private static Sprite rasterise(double width, double height, double anchorX, double anchorY, double scale,
                                    Consumer<GraphicsContext> painter) {
        Canvas canvas = new Canvas(Math.ceil(width * scale), Math.ceil(height * scale));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.scale(scale, scale);
        painter.accept(gc);
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        return new Sprite(canvas.snapshot(transparent, null), anchorX, anchorY, scale);
    }
}
