package org.griddesk.map.fx;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.griddesk.map.style.LayerStyle;
import org.griddesk.map.view.Viewport;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Draws Web Mercator geometries onto a canvas in a layer's style. */
final class GeometryPainter {

    private static final double MIN_STEP_PIXELS = 0.5;

    private final GraphicsContext gc;
    private final Viewport viewport;
    private LayerStyle lastStyle;
    private Color pointColor;
    private Color lineColor;
    private Color fillColor;
    private Color strokeColor;

    GeometryPainter(GraphicsContext gc, Viewport viewport) {
        this.gc = gc;
        this.viewport = viewport;
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineCap(StrokeLineCap.ROUND);
    }

    void paint(Geometry g, LayerStyle style) {
        if (style != lastStyle) {
            // one conversion per layer instead of one Color per feature and frame
            lastStyle = style;
            pointColor = FxColors.of(style.pointColor());
            lineColor = FxColors.of(style.lineColor());
            fillColor = FxColors.of(style.fillColor());
            strokeColor = FxColors.of(style.strokeColor());
        }
        if (g instanceof Point p) {
            SymbolPainter.paint(gc, style.pointSymbol(), viewport.toScreenX(p.getX()), viewport.toScreenY(p.getY()),
                    style.pointSize(), pointColor);
        } else if (g instanceof LineString line) {
            gc.setStroke(lineColor);
            gc.setLineWidth(style.lineWidth());
            gc.beginPath();
            trace(line.getCoordinateSequence(), false);
            gc.stroke();
        } else if (g instanceof Polygon polygon) {
            paintPolygon(polygon, fillColor, strokeColor, style.strokeWidth());
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                paint(g.getGeometryN(i), style);
            }
        }
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
            trace(line.getCoordinateSequence(), false);
            gc.stroke();
        } else if (g instanceof Polygon polygon) {
            gc.beginPath();
            tracePolygon(polygon);
            gc.stroke();
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                highlight(g.getGeometryN(i), color, width);
            }
        }
    }

    private void paintPolygon(Polygon polygon, Color fill, Color stroke, double strokeWidth) {
        gc.beginPath();
        tracePolygon(polygon);
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setFill(fill);
        gc.fill();
        if (strokeWidth > 0) {
            gc.setStroke(stroke);
            gc.setLineWidth(strokeWidth);
            gc.stroke();
        }
    }

    private void tracePolygon(Polygon polygon) {
        trace(polygon.getExteriorRing().getCoordinateSequence(), true);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            trace(polygon.getInteriorRingN(i).getCoordinateSequence(), true);
        }
    }

    /**
     * Traces a ring or line in screen pixels, leaving out vertices within half a pixel of the last one drawn: at
     * low zoom a detailed boundary collapses to the few vertices that show, so the path stays short.
     */
    private void trace(CoordinateSequence seq, boolean close) {
        int last = seq.size() - 1;
        double px = 0;
        double py = 0;
        for (int i = 0; i <= last; i++) {
            double x = viewport.toScreenX(seq.getX(i));
            double y = viewport.toScreenY(seq.getY(i));
            if (i == 0) {
                gc.moveTo(x, y);
            } else if (i == last || Math.abs(x - px) >= MIN_STEP_PIXELS || Math.abs(y - py) >= MIN_STEP_PIXELS) {
                gc.lineTo(x, y);
            } else {
                continue;
            }
            px = x;
            py = y;
        }
        if (close) {
            gc.closePath();
        }
    }
}
