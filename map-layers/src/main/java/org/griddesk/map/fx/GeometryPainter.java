package org.griddesk.map.fx;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.griddesk.map.style.LayerStyle;
import org.griddesk.map.view.Viewport;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws Web Mercator geometries onto a canvas in a layer's style. A layer's polygons go into one path, filled once
 * and outlined once, and its lines into another: the software rasteriser pays a large setup cost per call, so five
 * hundred villages cost about what one does. Points are stamped sprites.
 */
final class GeometryPainter {

    private static final double MIN_STEP_PIXELS = 0.5;

    private final GraphicsContext gc;
    private final Viewport viewport;
    private final SpriteCache sprites;
    private final double scale;
    private LayerStyle lastStyle;
    private Color pointColor;
    private Color lineColor;
    private Color fillColor;
    private Color strokeColor;

    /** {@code scale}: device pixels per screen pixel, so sprites are as sharp as the canvas on a HiDPI screen. */
    GeometryPainter(GraphicsContext gc, Viewport viewport, SpriteCache sprites, double scale) {
        this.gc = gc;
        this.viewport = viewport;
        this.sprites = sprites;
        this.scale = scale;
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineCap(StrokeLineCap.ROUND);
    }

    /** Draws a layer's geometries: polygons first, then lines, then point symbols on top. */
    void paintAll(List<Geometry> geometries, LayerStyle style) {
        useStyle(style);
        List<Polygon> polygons = new ArrayList<>();
        List<LineString> lines = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (Geometry g : geometries) {
            sort(g, polygons, lines, points);
        }
        paintPolygons(polygons, style);
        paintLines(lines, style);
        for (Point p : points) {
            paintPoint(p, style);
        }
    }

    void paintPoint(Point p, LayerStyle style) {
        useStyle(style);
        sprites.point(style.pointSymbol(), style.pointSize(), pointColor, scale)
                .stamp(gc, viewport.toScreenX(p.getX()), viewport.toScreenY(p.getY()));
    }

    private void useStyle(LayerStyle style) {
        if (style != lastStyle) {
            // one conversion per layer instead of one Color per feature and frame
            lastStyle = style;
            pointColor = FxColors.of(style.pointColor());
            lineColor = FxColors.of(style.lineColor());
            fillColor = FxColors.of(style.fillColor());
            strokeColor = FxColors.of(style.strokeColor());
        }
    }

    private static void sort(Geometry g, List<Polygon> polygons, List<LineString> lines, List<Point> points) {
        if (g instanceof Point p) {
            points.add(p);
        } else if (g instanceof LineString line) {
            lines.add(line);
        } else if (g instanceof Polygon polygon) {
            polygons.add(polygon);
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                sort(g.getGeometryN(i), polygons, lines, points);
            }
        }
    }

    /**
     * All polygons as one path. Shells all turn one way and holes the other, so the non-zero rule fills each
     * polygon but its holes, and where two polygons overlap the translucent fill is laid once, not twice.
     */
    private void paintPolygons(List<Polygon> polygons, LayerStyle style) {
        if (polygons.isEmpty()) {
            return;
        }
        gc.beginPath();
        for (Polygon polygon : polygons) {
            tracePolygon(polygon, true);
        }
        gc.setFillRule(FillRule.NON_ZERO);
        gc.setFill(fillColor);
        gc.fill();
        if (style.strokeWidth() > 0) {
            gc.setStroke(strokeColor);
            gc.setLineWidth(style.strokeWidth());
            gc.stroke();
        }
    }

    private void paintLines(List<LineString> lines, LayerStyle style) {
        if (lines.isEmpty()) {
            return;
        }
        gc.beginPath();
        for (LineString line : lines) {
            trace(line.getCoordinateSequence(), false, false);
        }
        gc.setStroke(lineColor);
        gc.setLineWidth(style.lineWidth());
        gc.stroke();
    }

    /** Outlines the geometry boldly, over everything else, to mark the selection. */
    void highlight(Geometry g, Color color, double width) {
        gc.setStroke(color);
        gc.setLineWidth(width);
        if (g instanceof Point p) {
            double x = viewport.toScreenX(p.getX());
            double y = viewport.toScreenY(p.getY());
            gc.strokeOval(x - 9, y - 9, 18, 18);
        } else if (g instanceof LineString line) {
            gc.beginPath();
            trace(line.getCoordinateSequence(), false, false);
            gc.stroke();
        } else if (g instanceof Polygon polygon) {
            gc.beginPath();
            tracePolygon(polygon, false);
            gc.stroke();
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                highlight(g.getGeometryN(i), color, width);
            }
        }
    }

    private void tracePolygon(Polygon polygon, boolean oriented) {
        CoordinateSequence shell = polygon.getExteriorRing().getCoordinateSequence();
        trace(shell, true, oriented && !isCounterClockwise(shell));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            CoordinateSequence hole = polygon.getInteriorRingN(i).getCoordinateSequence();
            trace(hole, true, oriented && isCounterClockwise(hole));
        }
    }

    private static boolean isCounterClockwise(CoordinateSequence ring) {
        return ring.size() >= 4 && Orientation.isCCW(ring);
    }

    /**
     * Traces a ring or line in screen pixels, leaving out vertices within half a pixel of the last one drawn: at
     * low zoom a detailed boundary collapses to the few vertices that show, so the path stays short.
     */
    private void trace(CoordinateSequence seq, boolean close, boolean backwards) {
        int last = seq.size() - 1;
        double px = 0;
        double py = 0;
        for (int k = 0; k <= last; k++) {
            int i = backwards ? last - k : k;
            double x = viewport.toScreenX(seq.getX(i));
            double y = viewport.toScreenY(seq.getY(i));
            if (k == 0) {
                gc.moveTo(x, y);
            } else if (k == last || Math.abs(x - px) >= MIN_STEP_PIXELS || Math.abs(y - py) >= MIN_STEP_PIXELS) {
                gc.lineTo(x, y);
            } else {
                continue;
            }
            px = x;
            py = y;
        }
        if (close && last >= 0) {
            gc.closePath();
        }
    }
}
