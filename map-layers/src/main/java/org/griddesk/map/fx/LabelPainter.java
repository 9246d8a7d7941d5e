package org.griddesk.map.fx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.griddesk.map.style.LayerStyle;
import org.griddesk.map.view.Viewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Writes labels (Chinese text) with a light halo so they stay legible over any fill. One painter serves one frame:
 * a label that would overlap one already written is left out, and so is a polygon's label wider than the polygon
 * on screen (the village is too small to name at this zoom). Each label is a sprite (see {@link SpriteCache}).
 */
final class LabelPainter {

    private static final Map<Double, Font> FONTS = new HashMap<>();

    private final GraphicsContext gc;
    private final Viewport viewport;
    private final SpriteCache sprites;
    private final double scale;
    private final List<double[]> placed = new ArrayList<>();
    private LayerStyle lastStyle;
    private Color labelColor;

    LabelPainter(GraphicsContext gc, Viewport viewport, SpriteCache sprites, double scale) {
        this.gc = gc;
        this.viewport = viewport;
        this.sprites = sprites;
        this.scale = scale;
    }

    /** Cached: every label of a layer has the same size, and a Font per label is garbage per frame. */
    static Font font(double size) {
        return FONTS.computeIfAbsent(size, Font::font);
    }

    void paint(Geometry projected, Coordinate anchor, String text, LayerStyle style) {
        if (text.isBlank()) {
            return;
        }
        boolean point = projected instanceof Puntal;
        double size = style.labelSize();
        double width = estimatedWidth(text, size);
        double x = viewport.toScreenX(anchor.x);
        double y = viewport.toScreenY(anchor.y);
        if (!point && !(projected instanceof Lineal)) {
            Envelope e = projected.getEnvelopeInternal();
            if (e.getWidth() / viewport.metresPerPixel() < width) {
                return;
            }
        }
        if (point) {
            x += style.pointSize();
        }
        double left = point ? x : x - width / 2;
        double[] box = {left - 2, y - size * 0.6 - 2, left + width + 2, y + size * 0.6 + 2};
        if (box[2] < 0 || box[0] > viewport.width() || box[3] < 0 || box[1] > viewport.height() || overlaps(box)) {
            return;
        }
        placed.add(box);
        if (style != lastStyle) {
            lastStyle = style;
            labelColor = FxColors.of(style.labelColor());
        }
        sprites.label(text, size, labelColor, point, scale).stamp(gc, x, y);
    }

    private boolean overlaps(double[] box) {
        for (double[] other : placed) {
            if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) {
                return true;
            }
        }
        return false;
    }

    /** Width in pixels without measuring glyphs: a Chinese character is about one em, Latin text about 0.6. */
    static double estimatedWidth(String text, double size) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= 0x2E80 ? size : size * 0.6;
        }
        return width;
    }

    static Coordinate anchor(Geometry g) {
        if (g instanceof Lineal) {
            LengthIndexedLine line = new LengthIndexedLine(g);
            return line.extractPoint(line.getEndIndex() / 2);
        }
        if (g instanceof Puntal) {
            return g.getCoordinate();
        }
        return g.getInteriorPoint().getCoordinate();
    }
}
