package org.griddesk.map.fx;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.griddesk.map.style.LayerStyle;
import org.griddesk.map.view.Viewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.linearref.LengthIndexedLine;

/** Writes labels (Chinese text) with a light halo so they stay legible over any fill. */
final class LabelPainter {

    private final GraphicsContext gc;
    private final Viewport viewport;

    LabelPainter(GraphicsContext gc, Viewport viewport) {
        this.gc = gc;
        this.viewport = viewport;
    }

    void paint(Geometry projected, String text, LayerStyle style) {
        if (text.isBlank()) {
            return;
        }
        Coordinate anchor = anchor(projected);
        double x = viewport.toScreenX(anchor.x);
        double y = viewport.toScreenY(anchor.y);
        if (projected instanceof Puntal) {
            x += style.pointSize();
        }
        gc.setFont(Font.font(style.labelSize()));
        gc.setTextAlign(projected instanceof Puntal ? TextAlignment.LEFT : TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setStroke(Color.rgb(255, 255, 255, 0.85));
        gc.setLineWidth(3);
        gc.strokeText(text, x, y);
        gc.setFill(FxColors.of(style.labelColor()));
        gc.fillText(text, x, y);
    }

    private static Coordinate anchor(Geometry g) {
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
