package org.griddesk.map.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.griddesk.map.crs.WebMercator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {

    private final Viewport view = new Viewport(WebMercator.fromLonLat(108.38, 30.81), 2.0, 800, 600);

    @Test
    void screenCentreIsTheMapCentre() {
        Coordinate lonLat = view.toLonLat(400, 300);
        assertEquals(108.38, lonLat.x, 1e-9);
        assertEquals(30.81, lonLat.y, 1e-9);
    }

    @Property
    void zoomKeepsThePointUnderTheCursorStill(@ForAll @DoubleRange(min = 0, max = 800) double x,
                                              @ForAll @DoubleRange(min = 0, max = 600) double y,
                                              @ForAll @DoubleRange(min = 0.25, max = 4) double factor) {
        Coordinate before = view.toMap(x, y);
        Viewport zoomed = view.zoomAt(factor, x, y);
        Coordinate after = zoomed.toMap(x, y);
        assertEquals(before.x, after.x, 1e-6);
        assertEquals(before.y, after.y, 1e-6);
        assertEquals(view.metresPerPixel() / factor, zoomed.metresPerPixel(), 1e-9);
    }

    @Test
    void panMovesTheMapWithTheDrag() {
        Coordinate under = view.toMap(100, 100);
        Viewport panned = view.panByPixels(50, -20);
        Coordinate moved = panned.toMap(150, 80);
        assertEquals(under.x, moved.x, 1e-9);
        assertEquals(under.y, moved.y, 1e-9);
    }

    @Test
    void fittingABoxShowsAllOfIt() {
        Envelope box = new Envelope(108.37, 108.39, 30.80, 30.82);
        Viewport fit = Viewport.fitting(box, 800, 600);
        Envelope shown = fit.mapEnvelope();
        assertTrue(shown.contains(WebMercator.fromLonLat(108.37, 30.80)));
        assertTrue(shown.contains(WebMercator.fromLonLat(108.39, 30.82)));
    }

    @Test
    void scaleBarPicksARoundGroundDistance() {
        ScaleBar bar = ScaleBar.forViewport(view, 120);
        double groundPerPixel = 2.0 * Math.cos(Math.toRadians(30.81));
        assertEquals(200.0, bar.metres());
        assertEquals(200.0 / groundPerPixel, bar.pixels(), 1e-9);
        assertTrue(bar.pixels() <= 120);
        assertTrue(ScaleBar.forViewport(view.zoomAt(0.01, 400, 300), 120).inKilometres());
    }
}
