package org.griddesk.map.fx;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;

/**
 * A symbol rasterised once and then stamped wherever it is needed. The image holds {@code scale} device pixels per
 * screen pixel; the anchor (screen pixels from the image's top left) is the spot that lands on the map position.
 */
record Sprite(Image image, double anchorX, double anchorY, double scale) {

    /**
     * Stamps the sprite with its anchor on (x, y), snapped to whole device pixels: a copy without resampling is both
     * the cheapest thing the software rasteriser does and the sharpest.
     */
    void stamp(GraphicsContext gc, double x, double y) {
        double left = Math.round((x - anchorX) * scale) / scale;
        double top = Math.round((y - anchorY) * scale) / scale;
        gc.drawImage(image, left, top, image.getWidth() / scale, image.getHeight() / scale);
    }
}
