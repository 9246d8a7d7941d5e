package org.griddesk.map.fx;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.griddesk.map.style.PointSymbol;

/** Point symbols centred on a screen position; a pin's tip sits on the point instead. */
final class SymbolPainter {

    private SymbolPainter() {
    }

    static void paint(GraphicsContext gc, PointSymbol symbol, double x, double y, double size, Color color) {
        double r = size / 2;
        gc.setFill(color);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1);
        switch (symbol) {
            case CIRCLE -> {
                gc.fillOval(x - r, y - r, size, size);
                gc.strokeOval(x - r, y - r, size, size);
            }
            case SQUARE -> {
                gc.fillRect(x - r, y - r, size, size);
                gc.strokeRect(x - r, y - r, size, size);
            }
            case TRIANGLE -> {
                double[] xs = {x, x + r, x - r};
                double[] ys = {y - r, y + r, y + r};
                gc.fillPolygon(xs, ys, 3);
                gc.strokePolygon(xs, ys, 3);
            }
            case PIN -> {
                double[] xs = {x, x - r * 0.6, x + r * 0.6};
                double[] ys = {y, y - size, y - size};
                gc.fillPolygon(xs, ys, 3);
                gc.fillOval(x - r, y - size - r, size, size);
                gc.strokeOval(x - r, y - size - r, size, size);
            }
        }
    }
}
