package org.griddesk.map.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.griddesk.map.crs.Crs;
import org.griddesk.map.crs.WebMercator;
import org.griddesk.map.layer.Feature;
import org.griddesk.map.layer.FeatureLayer;
import org.griddesk.map.layer.LayerReader;
import org.griddesk.map.layer.LayerSource;
import org.griddesk.map.layer.TinyMbTiles;
import org.griddesk.map.style.LayerStyle;
import org.griddesk.map.style.PointSymbol;
import org.griddesk.map.style.Rgba;
import org.griddesk.map.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Renders off-screen into a Canvas that is never shown, and reads the pixels back. */
@ExtendWith(ApplicationExtension.class)
class MapRendererTest {

    private static final GeometryFactory G = new GeometryFactory();
    private static final Coordinate CENTRE = new Coordinate(108.38, 30.81);
    private static final Color BACKGROUND = Color.rgb(242, 239, 233);
    @TempDir
    Path tempDir;
    private final MapRenderer renderer = new MapRenderer(new MapMessages(Locale.SIMPLIFIED_CHINESE));

    @Start
    void start(Stage stage) {
        // the toolkit must be running; this test never shows a window
    }

    @Test
    void polygonInteriorTakesTheFillColourAndHiddenLayersVanish(FxRobot robot) {
        Viewport view = new Viewport(WebMercator.fromLonLat(CENTRE.x, CENTRE.y), 1.0, 200, 200);
        MapLayer field = new MapLayer(polygonLayer(), LayerStyle.defaults().withPolygon(Rgba.hex("#ff0000"), Rgba.hex("#000000"), 1));

        assertEquals(Color.rgb(255, 0, 0), pixel(robot, view, List.of(field), null, 100, 100));
        robot.interact(() -> field.setVisible(false));
        assertEquals(BACKGROUND, pixel(robot, view, List.of(field), null, 100, 100));
    }

    @Test
    void layerOpacityBlendsWithWhatLiesBeneath(FxRobot robot) {
        Viewport view = new Viewport(WebMercator.fromLonLat(CENTRE.x, CENTRE.y), 1.0, 200, 200);
        MapLayer field = new MapLayer(polygonLayer(), LayerStyle.defaults().withPolygon(Rgba.hex("#ff0000"), Rgba.hex("#000000"), 0));
        robot.interact(() -> field.setOpacity(0.5));
        Color c = pixel(robot, view, List.of(field), null, 100, 100);
        assertEquals((255 + 242) / 2.0 / 255, c.getRed(), 0.02);
        assertEquals(239 / 2.0 / 255, c.getGreen(), 0.02);
    }

    @Test
    void selectionIsOutlinedOnTop(FxRobot robot) {
        Viewport view = new Viewport(WebMercator.fromLonLat(CENTRE.x, CENTRE.y), 1.0, 200, 200);
        FeatureLayer layer = polygonLayer();
        MapLayer field = new MapLayer(layer, LayerStyle.defaults().withPolygon(Rgba.hex("#ff0000"), Rgba.hex("#ff0000"), 1));
        double edgeX = view.toScreenX(WebMercator.fromLonLat(CENTRE.x - 0.0003, CENTRE.y).x);
        Color plain = pixel(robot, view, List.of(field), null, edgeX, 100);
        Color selected = pixel(robot, view, List.of(field), layer.features().get(0), edgeX, 100);
        assertEquals(Color.rgb(255, 140, 0), selected);
        assertNotEquals(plain, selected);
    }

    @Test
    void coincidentPointsClusterWhenZoomedOutOnly(FxRobot robot) {
        List<Feature> points = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            points.add(new Feature(i, G.createPoint(CENTRE), Map.of("name", "事件" + i)));
        }
        MapLayer issues = new MapLayer(new FeatureLayer("issues", "事件", Crs.WGS84, false, points),
                LayerStyle.defaults().withPoint(PointSymbol.CIRCLE, 8, Rgba.hex("#0000ff")));
        Coordinate m = WebMercator.fromLonLat(CENTRE.x, CENTRE.y);
        Viewport far = new Viewport(m, Viewport.ZOOM0_METRES_PER_PIXEL / Math.pow(2, 12), 200, 200);
        Viewport near = new Viewport(m, Viewport.ZOOM0_METRES_PER_PIXEL / Math.pow(2, 17), 200, 200);

        Color clustered = pixel(robot, far, List.of(issues), null, 112, 100);
        // the cluster disc is the point colour at 85 % over the background, and reaches 12 px out
        assertEquals(0.15 * 242 / 255, clustered.getRed(), 0.02, "cluster disc reaches 12 px from its centre");
        assertEquals(0.85 + 0.15 * 233 / 255, clustered.getBlue(), 0.02);
        assertEquals(BACKGROUND, pixel(robot, near, List.of(issues), null, 112, 100), "single symbols are small");
    }

    @Test
    void mbTilesTilesAreDrawnWhereTheyBelong(FxRobot robot) throws Exception {
        Path file = tempDir.resolve("quadrants.mbtiles");
        // TMS row 1 at zoom 1 is the northern half: north-east red, south-east blue
        TinyMbTiles.create(file, "象限", "-180,-85,180,85",
                new TinyMbTiles.Tile(1, 1, 1, TinyMbTiles.png(0xff0000)),
                new TinyMbTiles.Tile(1, 1, 0, TinyMbTiles.png(0x0000ff)));
        try (LayerSource source = LayerReader.open(file)) {
            MapLayer tiles = new MapLayer(source.layers().get(0), LayerStyle.defaults());
            Viewport view = new Viewport(new Coordinate(WebMercator.HALF_WORLD / 2, 0), Viewport.ZOOM0_METRES_PER_PIXEL / 2, 200, 200);
            assertEquals(Color.rgb(255, 0, 0), pixel(robot, view, List.of(tiles), null, 100, 50));
            assertEquals(Color.rgb(0, 0, 255), pixel(robot, view, List.of(tiles), null, 100, 150));
        }
    }

    @Test
    void clustersAreComputedOncePerZoomAndStayTheSameWhilePanning(FxRobot robot) {
        List<Feature> points = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            points.add(new Feature(i, G.createPoint(CENTRE), Map.of("name", "事件" + i)));
        }
        MapLayer issues = new MapLayer(new FeatureLayer("issues", "事件", Crs.WGS84, false, points), LayerStyle.defaults());
        Viewport far = new Viewport(WebMercator.fromLonLat(CENTRE.x, CENTRE.y),
                Viewport.ZOOM0_METRES_PER_PIXEL / Math.pow(2, 12), 200, 200);

        List<org.griddesk.map.index.PointCluster> before = MapRenderer.clusters(far, issues);
        List<org.griddesk.map.index.PointCluster> panned = MapRenderer.clusters(far.panByPixels(60, 30), issues);

        assertEquals(1, before.size());
        assertEquals(10, before.get(0).size());
        assertSame(before.get(0), panned.get(0), "reused, not recomputed");
        assertEquals(List.of(), MapRenderer.clusters(far.panByPixels(400, 0), issues), "off screen");
    }

    @Test
    void aLabelWiderThanItsPolygonOnScreenIsLeftOut(FxRobot robot) {
        LayerStyle labelled = LayerStyle.defaults().withLabel("name", Rgba.hex("#000000"), 14);
        MapLayer plain = new MapLayer(polygonLayer(), LayerStyle.defaults());
        MapLayer named = new MapLayer(polygonLayer(), labelled);
        Coordinate m = WebMercator.fromLonLat(CENTRE.x, CENTRE.y);
        // the field is about 67 m wide: 2 px at zoom 13, about 270 px at zoom 20
        Viewport far = new Viewport(m, Viewport.ZOOM0_METRES_PER_PIXEL / Math.pow(2, 13), 200, 200);
        Viewport near = new Viewport(m, Viewport.ZOOM0_METRES_PER_PIXEL / Math.pow(2, 20), 200, 200);

        assertEquals(image(robot, far, plain), image(robot, far, named), "no label on a 2 px field");
        assertNotEquals(image(robot, near, plain), image(robot, near, named), "菜地 is written when it fits");
    }

    @Test
    void aPinOrSymbolAboveAGridDoesNotHideItsName(FxRobot robot) {
        MapLayer named = new MapLayer(polygonLayer(), LayerStyle.defaults().withLabel("name", Rgba.hex("#000000"), 14));
        MapLayer pins = new MapLayer(new FeatureLayer("issues", "事件", Crs.WGS84, false,
                List.of(new Feature(2, G.createPoint(CENTRE), Map.of()))),
                LayerStyle.defaults().withPoint(org.griddesk.map.style.PointSymbol.CIRCLE, 60, Rgba.hex("#ff0000")));
        Viewport near = new Viewport(WebMercator.fromLonLat(CENTRE.x, CENTRE.y),
                Viewport.ZOOM0_METRES_PER_PIXEL / Math.pow(2, 20), 200, 200);

        long alone = blackPixels(imageOf(robot, near, List.of(named)));
        long covered = blackPixels(imageOf(robot, near, List.of(named, pins)));
        assertTrue(alone > 20, "the label is written: " + alone);
        assertTrue(covered >= alone * 8 / 10, "the name stays readable over the symbol: " + covered + " of " + alone);
    }

    private static long blackPixels(List<Integer> argb) {
        // glyph pixels of the black label: anti-aliased text is dark grey more than pure black
        return argb.stream().filter(pixel -> ((pixel >> 16) & 0xFF) < 90 && ((pixel >> 8) & 0xFF) < 90
                && (pixel & 0xFF) < 90).count();
    }

    private List<Integer> imageOf(FxRobot robot, Viewport view, List<MapLayer> layers) {
        List<Integer> argb = new ArrayList<>();
        robot.interact(() -> {
            Canvas canvas = new Canvas(view.width(), view.height());
            renderer.render(canvas.getGraphicsContext2D(), view, layers, null);
            WritableImage image = canvas.snapshot(null, null);
            for (int y = 0; y < view.height(); y++) {
                for (int x = 0; x < view.width(); x++) {
                    argb.add(image.getPixelReader().getArgb(x, y));
                }
            }
        });
        return argb;
    }

    private List<Integer> image(FxRobot robot, Viewport view, MapLayer layer) {
        List<Integer> argb = new ArrayList<>();
        robot.interact(() -> {
            Canvas canvas = new Canvas(view.width(), view.height());
            renderer.render(canvas.getGraphicsContext2D(), view, List.of(layer), null);
            WritableImage image = canvas.snapshot(null, null);
            for (int y = 0; y < view.height(); y++) {
                for (int x = 0; x < view.width(); x++) {
                    argb.add(image.getPixelReader().getArgb(x, y));
                }
            }
        });
        return argb;
    }

    private Color pixel(FxRobot robot, Viewport view, List<MapLayer> layers, Feature selected, double x, double y) {
        AtomicReference<Color> result = new AtomicReference<>();
        robot.interact(() -> {
            Canvas canvas = new Canvas(view.width(), view.height());
            renderer.render(canvas.getGraphicsContext2D(), view, layers, selected);
            WritableImage image = canvas.snapshot(null, null);
            result.set(image.getPixelReader().getColor((int) x, (int) y));
        });
        return result.get();
    }

    private static FeatureLayer polygonLayer() {
        Envelope box = new Envelope(CENTRE.x - 0.0003, CENTRE.x + 0.0003, CENTRE.y - 0.0003, CENTRE.y + 0.0003);
        return new FeatureLayer("fields", "农田", Crs.WGS84, false,
                List.of(new Feature(1, G.toGeometry(box), Map.of("name", "菜地"))));
    }
}
