package org.griddesk.map.view;

import org.griddesk.map.crs.WebMercator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * What the map shows: a centre in Web Mercator metres, a resolution in metres per pixel and the
 * screen size. Immutable, so a renderer can draw one frame while the user already pans the next.
 */
public record Viewport(Coordinate center, double metresPerPixel, double width, double height) {

    /** Resolution of web-map zoom level 0: the whole world across one 256-pixel tile. */
    public static final double ZOOM0_METRES_PER_PIXEL = 2 * WebMercator.HALF_WORLD / 256;
    public static final double MIN_METRES_PER_PIXEL = 0.05;
    public static final double MAX_METRES_PER_PIXEL = ZOOM0_METRES_PER_PIXEL;

    public Viewport {
        center = new Coordinate(center.x, center.y);
        metresPerPixel = Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, metresPerPixel));
    }

    /** The viewport that fits a WGS84 box with a small margin. */
    public static Viewport fitting(Envelope lonLat, double width, double height) {
        Coordinate min = WebMercator.fromLonLat(lonLat.getMinX(), lonLat.getMinY());
        Coordinate max = WebMercator.fromLonLat(lonLat.getMaxX(), lonLat.getMaxY());
        double mpp = Math.max((max.x - min.x) / Math.max(1, width), (max.y - min.y) / Math.max(1, height)) * 1.1;
        return new Viewport(new Coordinate((min.x + max.x) / 2, (min.y + max.y) / 2), mpp, width, height);
    }

    public double toScreenX(double mapX) {
        return (mapX - center.x) / metresPerPixel + width / 2;
    }

    public double toScreenY(double mapY) {
        return height / 2 - (mapY - center.y) / metresPerPixel;
    }

    public Coordinate toMap(double screenX, double screenY) {
        return new Coordinate(center.x + (screenX - width / 2) * metresPerPixel,
                center.y - (screenY - height / 2) * metresPerPixel);
    }

    public Coordinate toLonLat(double screenX, double screenY) {
        Coordinate m = toMap(screenX, screenY);
        return WebMercator.toLonLat(m.x, m.y);
    }

    public Envelope mapEnvelope() {
        double hw = width / 2 * metresPerPixel;
        double hh = height / 2 * metresPerPixel;
        return new Envelope(center.x - hw, center.x + hw, center.y - hh, center.y + hh);
    }

    /** Continuous web-map zoom level (0 = whole world in 256 px). */
    public double zoomLevel() {
        return Math.log(ZOOM0_METRES_PER_PIXEL / metresPerPixel) / Math.log(2);
    }

    public Viewport withSize(double w, double h) {
        return new Viewport(center, metresPerPixel, w, h);
    }

    public Viewport centeredOn(Coordinate mapPoint) {
        return new Viewport(mapPoint, metresPerPixel, width, height);
    }

    public Viewport panByPixels(double dx, double dy) {
        return new Viewport(new Coordinate(center.x - dx * metresPerPixel, center.y + dy * metresPerPixel),
                metresPerPixel, width, height);
    }

    /** Zooms by {@code factor} (>1 zooms in) keeping the map point under the screen point still. */
    public Viewport zoomAt(double factor, double screenX, double screenY) {
        Coordinate anchor = toMap(screenX, screenY);
        double mpp = Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, metresPerPixel / factor));
        double cx = anchor.x - (screenX - width / 2) * mpp;
        double cy = anchor.y + (screenY - height / 2) * mpp;
        return new Viewport(new Coordinate(cx, cy), mpp, width, height);
    }
}
