package org.griddesk.map.view;

import org.griddesk.map.crs.WebMercator;
import org.locationtech.jts.geom.Coordinate;

/**
 * A round ground distance (1, 2 or 5 times a power of ten metres) and the pixels it spans at the
 * viewport's centre latitude, where Mercator's stretch is accounted for.
 */
public record ScaleBar(double metres, double pixels) {

    public static ScaleBar forViewport(Viewport viewport, double maxPixels) {
        Coordinate centre = WebMercator.toLonLat(viewport.center().x, viewport.center().y);
        double groundPerPixel = viewport.metresPerPixel() * WebMercator.groundScale(centre.y);
        double maxMetres = groundPerPixel * maxPixels;
        double power = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        double nice = power;
        for (double step : new double[] {5, 2, 1}) {
            if (step * power <= maxMetres) {
                nice = step * power;
                break;
            }
        }
        return new ScaleBar(nice, nice / groundPerPixel);
    }

    public boolean inKilometres() {
        return metres >= 1000;
    }
}
