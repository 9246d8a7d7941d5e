package org.griddesk.desktop.ui.common;

/**
 * 长辈版 on or off and the zoom in percent. The zoom runs from 100 % to 200 % in steps of 10 %: the MIIT rules for
 * elderly-friendly apps ask for text that can be enlarged to at least twice its size.
 */
public record DisplayChoice(boolean large, int zoomPercent) {

    public static final int MIN_ZOOM = 100;
    public static final int MAX_ZOOM = 200;
    public static final int ZOOM_STEP = 10;
    /** Body text of the normal mode and of 长辈版 (18 pt = 24 px, the rules' minimum), before zooming. */
    public static final double NORMAL_FONT_PX = 14;
    public static final double LARGE_FONT_PX = 24;
    public static final DisplayChoice NORMAL = new DisplayChoice(false, MIN_ZOOM);

    /** A zoom saved by hand or by an older version is brought into range and onto a step. */
    public DisplayChoice {
        int bounded = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoomPercent));
        zoomPercent = MIN_ZOOM + Math.round((bounded - MIN_ZOOM) / (float) ZOOM_STEP) * ZOOM_STEP;
    }

    public DisplayChoice withLarge(boolean on) {
        return new DisplayChoice(on, zoomPercent);
    }

    public DisplayChoice zoomedIn() {
        return new DisplayChoice(large, zoomPercent + ZOOM_STEP);
    }

    public DisplayChoice zoomedOut() {
        return new DisplayChoice(large, zoomPercent - ZOOM_STEP);
    }

    public DisplayChoice zoomReset() {
        return new DisplayChoice(large, MIN_ZOOM);
    }

    /** The root font every size in griddesk.css is relative to (em). */
    public double rootFontPx() {
        return (large ? LARGE_FONT_PX : NORMAL_FONT_PX) * zoomPercent / 100.0;
    }
}
