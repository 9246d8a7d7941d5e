package org.griddesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

import org.griddesk.map.crs.Crs;
import org.griddesk.map.fx.MapLayer;
import org.griddesk.map.fx.MapMessages;
import org.griddesk.map.fx.MapRenderer;
import org.griddesk.map.layer.Feature;
import org.griddesk.map.layer.FeatureLayer;
import org.griddesk.map.style.LayerStyle;
import org.griddesk.map.view.Viewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * One map frame as a worker sees the whole township: 10,000 household points and 500 village polygons, drawn
 * into a 1280×800 canvas and rasterised (snapshot read back into an image), i.e. what a pan or zoom costs. Further
 * figures zoom in twice as close, where some 300 village names fit, and to street level, where culling leaves few
 * features to draw. Each frame is panned a few pixels from
 * the last, as while dragging, so nothing keyed to one exact view can answer from a cache; what stays valid while
 * panning (clusters and sprites of one zoom level) is warm, as it is for the worker.
 */
final class MapFrameScenario implements Scenario {

    private static final double WEST = 108.20;
    private static final double SOUTH = 30.65;
    private static final double SPAN = 0.30;
    /** Horizontal pan of each frame from the centre, in pixels (vertical: half of it). */
    private static final double[] PAN_STEPS = {0, 7, 14, 21, 14, 7};

    /** How close the frame looks. */
    enum Zoom {
        /** the whole township: clusters, no room for village names */
        OVERVIEW("overview"),
        /** twice as close: clusters and some 300 village names with their halo */
        VILLAGE_NAMES("village names"),
        /** a few streets: single symbols, large fills */
        STREET("street zoom");

        private final String label;

        Zoom(String label) {
            this.label = label;
        }
    }

    private final Zoom zoom;
    private Canvas canvas;
    private List<MapLayer> layers;
    private Viewport viewport;
    private MapRenderer renderer;
    private WritableImage pixels;
    private int frames;

    MapFrameScenario(Zoom zoom) {
        this.zoom = zoom;
    }

    @Override
    public String name() {
        return "map frame, 10k points + 500 polygons, " + zoom.label;
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public int runs() {
        return 15;
    }

    @Override
    public void prepare() throws Exception {
        if (canvas != null) {
            return;
        }
        FxToolkit.startHeadless();
        layers = FxToolkit.call(MapFrameScenario::layers);
        Envelope all = new Envelope(WEST, WEST + SPAN, SOUTH, SOUTH + SPAN);
        viewport = switch (zoom) {
            case OVERVIEW -> Viewport.fitting(all, 1280, 800);
            case VILLAGE_NAMES -> Viewport.fitting(all, 1280, 800).zoomAt(2, 640, 400);
            case STREET -> Viewport.fitting(new Envelope(WEST + 0.10, WEST + 0.11, SOUTH + 0.10, SOUTH + 0.107), 1280, 800);
        };
        renderer = new MapRenderer(new MapMessages(Locale.SIMPLIFIED_CHINESE));
        canvas = FxToolkit.call(() -> new Canvas(1280, 800));
        // one image for every read-back: allocating 4 MB per frame measures the garbage collector, not the map
        pixels = new WritableImage(1280, 800);
        for (int i = 0; i < 5; i++) {
            frame(); // warm-up
        }
    }

    private static List<MapLayer> layers() {
        GeometryFactory geometry = new GeometryFactory();
        Random random = new Random(3);
        List<Feature> villages = new ArrayList<>();
        double cell = SPAN / 23;
        for (int i = 0; i < 500; i++) {
            double x = WEST + (i % 23) * cell;
            double y = SOUTH + (i / 23) * cell;
            Coordinate[] ring = {new Coordinate(x, y), new Coordinate(x + cell * 0.95, y + cell * 0.1),
                    new Coordinate(x + cell * 0.9, y + cell * 0.9), new Coordinate(x + cell * 0.05, y + cell * 0.95),
                    new Coordinate(x, y)};
            villages.add(new Feature(i, geometry.createPolygon(ring), Map.of("name", "第" + (i + 1) + "村")));
        }
        List<Feature> households = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Coordinate c = new Coordinate(WEST + random.nextDouble() * SPAN, SOUTH + random.nextDouble() * SPAN);
            households.add(new Feature(i, geometry.createPoint(c), Map.of("address", "幸福村" + i + "号")));
        }
        return List.of(
                new MapLayer(new FeatureLayer("villages", "村界", Crs.WGS84, false, villages),
                        LayerStyle.defaults().withLabel("name", LayerStyle.defaults().pointColor(), 12)),
                new MapLayer(new FeatureLayer("households", "住户", Crs.WGS84, false, households), LayerStyle.defaults()));
    }

    @Override
    public double measure() throws Exception {
        return frame();
    }

    private double frame() throws Exception {
        double pan = PAN_STEPS[frames++ % PAN_STEPS.length];
        Viewport panned = viewport.panByPixels(pan, pan / 2);
        return FxToolkit.call(() -> {
            long start = System.nanoTime();
            renderer.render(canvas.getGraphicsContext2D(), panned, layers, null);
            canvas.snapshot(new SnapshotParameters(), pixels);
            return (System.nanoTime() - start) / 1e6;
        });
    }
}
