package org.griddesk.map.fx;

import java.text.NumberFormat;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.griddesk.map.view.ScaleBar;
import org.griddesk.map.view.Viewport;

/** The scale bar in the lower left corner, labelled in metres or kilometres. */
final class ScaleBarPainter {

    private static final double MAX_PIXELS = 120;
    private static final double MARGIN = 12;

    private ScaleBarPainter() {
    }

    static void paint(GraphicsContext gc, Viewport viewport, MapMessages messages) {
        ScaleBar bar = ScaleBar.forViewport(viewport, MAX_PIXELS);
        double x = MARGIN;
        double y = viewport.height() - MARGIN;
        gc.setGlobalAlpha(1);
        gc.setStroke(Color.rgb(40, 40, 40));
        gc.setLineWidth(2);
        gc.strokeLine(x, y, x + bar.pixels(), y);
        gc.strokeLine(x, y - 5, x, y);
        gc.strokeLine(x + bar.pixels(), y - 5, x + bar.pixels(), y);
        NumberFormat number = NumberFormat.getInstance();
        String label = bar.inKilometres()
                ? messages.text("map.scale.kilometres", number.format(bar.metres() / 1000))
                : messages.text("map.scale.metres", number.format(bar.metres()));
        gc.setFont(Font.font(11));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.setFill(Color.rgb(40, 40, 40));
        gc.fillText(label, x, y - 6);
    }
}
