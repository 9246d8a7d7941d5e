package org.griddesk.map.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.griddesk.map.crs.Crs;
import org.griddesk.map.crs.WebMercator;
import org.griddesk.map.layer.Feature;
import org.griddesk.map.layer.FeatureLayer;
import org.griddesk.map.style.LayerStyle;
import org.griddesk.map.style.PointSymbol;
import org.griddesk.map.style.Rgba;
import org.griddesk.map.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the worker sees after the frame-time work: polygons batched into one path, points and cluster badges stamped
 * as sprites. Renders off-screen on Monocle and reads the pixels back.
 */
@ExtendWith(ApplicationExtension.class)
class BatchedRenderingTest {

    private static final GeometryFactory G = new GeometryFactory();
    private static final Coordinate CENTRE = new Coordinate(108.38, 30.81);
    private static final Color BACKGROUND = Color.rgb(242, 239, 233);
    private static final Viewport NEAR = new Viewport(WebMercator.fromLonLat(CENTRE.x, CENTRE.y), 1.0, 200, 200);
    private static final Viewport FAR = new Viewport(WebMercator.fromLonLat(CENTRE.x, CENTRE.y),
            Viewport.ZOOM0_METRES_PER_PIXEL / Math.pow(2, 12), 200, 200);
    private final MapRenderer renderer = new MapRenderer(new MapMessages(Locale.SIMPLIFIED_CHINESE));

    @Start
    void start(Stage stage) {
        // the toolkit must be running; this test never shows a window
    }

    @Test
    void aHoleShowsWhatLiesBeneathWhicheverWayItsRingsTurn(FxRobot robot) {
        // 60 m square with a 20 m hole, both rings turning the same way (files do not always follow the rules)
        Polygon sameWay = squareWithHole(-30, 30, -10, 10);
        Polygon normalised = (Polygon) sameWay.norm();
        for (Polygon p : List.of(sameWay, (Polygon) sameWay.reverse(), normalised, (Polygon) normalised.reverse())) {
            MapLayer layer = layer(List.of(p), LayerStyle.defaults().withPolygon(Rgba.hex("#ff0000"), Rgba.hex("#000000"), 0));
            PixelReader image = render(robot, NEAR, List.of(layer));
            assertEquals(Color.rgb(255, 0, 0), image.getColor(100 - 20, 100), "fill between shell and hole");
            assertEquals(BACKGROUND, image.getColor(100, 100), "the hole stays empty");
        }
    }

    @Test
    void overlappingTranslucentPolygonsAreFilledOnceAndEachKeepsItsOutline(FxRobot robot) {
        // two 40 m squares overlapping by 20 m, drawn with opposite ring orientations
        Polygon left = square(-30, 10, -20, 20);
        Polygon right = (Polygon) square(-10, 30, -20, 20).reverse();
        LayerStyle style = LayerStyle.defaults().withPolygon(Rgba.hex("#0000ff80"), Rgba.hex("#00ff00"), 2);
        PixelReader image = render(robot, NEAR, List.of(layer(List.of(left, right), style)));

        Color onlyLeft = image.getColor(100 - 20, 100);
        Color both = image.getColor(100, 100);
        assertTrue(onlyLeft.getBlue() > 0.6 && onlyLeft.getRed() < 0.6, "translucent blue: " + onlyLeft);
        assertEquals(onlyLeft, both, "the overlap is not darker");
        assertTrue(image.getColor(100 - 30, 100).getGreen() > 0.7, "left outline");
        assertTrue(image.getColor(100 + 30, 100).getGreen() > 0.7, "right outline");
        assertTrue(image.getColor(100 + 10, 100).getGreen() > 0.7, "left outline across the right polygon");
    }

    @Test
    void aPointSpriteSitsOnItsProjectedPosition(FxRobot robot) {
        Coordinate east = new Coordinate(CENTRE.x + 0.0003, CENTRE.y - 0.0002);
        MapLayer points = layer(List.of(G.createPoint(east)),
                LayerStyle.defaults().withPoint(PointSymbol.CIRCLE, 10, Rgba.hex("#0000ff")));
        Coordinate m = WebMercator.fromLonLat(east.x, east.y);
        int x = (int) NEAR.toScreenX(m.x);
        int y = (int) NEAR.toScreenY(m.y);

        PixelReader image = render(robot, NEAR, List.of(points));

        assertEquals(Color.rgb(0, 0, 255), image.getColor(x, y), "symbol colour on the point");
        assertTrue(java.util.stream.IntStream.rangeClosed(3, 6).anyMatch(dx -> isWhitish(image.getColor(x + dx, y))),
                "white outline about the radius");
        assertEquals(BACKGROUND, image.getColor(x + 8, y), "nothing beyond the symbol");
        assertEquals(BACKGROUND, image.getColor(100, 100), "nothing at the centre of the view");
    }

    @Test
    void aPinStandsOnItsTip(FxRobot robot) {
        MapLayer pins = layer(List.of(G.createPoint(CENTRE)),
                LayerStyle.defaults().withPoint(PointSymbol.PIN, 12, Rgba.hex("#ff0000")));

        PixelReader image = render(robot, NEAR, List.of(pins));

        assertEquals(Color.rgb(255, 0, 0), image.getColor(100, 100 - 12), "the head is a size above the point");
        assertEquals(BACKGROUND, image.getColor(100, 100 + 4), "nothing below the tip");
    }

    @Test
    void aClusterBadgeShowsItsMemberCount(FxRobot robot) {
        MapLayer issues = layer(coincidentPoints(10), LayerStyle.defaults().withPoint(PointSymbol.CIRCLE, 8, Rgba.hex("#0000ff")));
        Color badgeFill = Color.rgb(0, 0, 255, 0.85);

        PixelReader rendered = render(robot, FAR, List.of(issues));
        PixelReader ten = badgeDrawnDirectly(robot, "10", MapRenderer.clusterRadius(10), badgeFill);
        PixelReader eleven = badgeDrawnDirectly(robot, "11", MapRenderer.clusterRadius(10), badgeFill);

        assertTrue(largestDifference(rendered, ten) < 0.05, "the badge reads 10 as if drawn directly");
        assertTrue(largestDifference(rendered, eleven) > 0.3, "and differs visibly from 11");
    }

    @Test
    void hiddenLayersDrawNothingAtAll(FxRobot robot) {
        MapLayer villages = layer(List.of(square(-30, 30, -30, 30)), LayerStyle.defaults());
        MapLayer households = layer(coincidentPoints(5), LayerStyle.defaults());
        List<MapLayer> both = List.of(villages, households);
        List<Integer> empty = pixels(render(robot, FAR, List.of()));
        assertTrue(!empty.equals(pixels(render(robot, FAR, both))), "something is drawn while shown");

        robot.interact(() -> {
            villages.setVisible(false);
            households.setVisible(false);
        });

        assertEquals(empty, pixels(render(robot, FAR, both)), "far, with clusters");
        assertEquals(pixels(render(robot, NEAR, List.of())), pixels(render(robot, NEAR, both)), "near, with symbols");
    }

    @Test
    void spritesAreMadeOnceAndReusedFrameAfterFrame(FxRobot robot) {
        MapLayer households = layer(coincidentPoints(7), LayerStyle.defaults());
        render(robot, FAR, List.of(households));
        int afterFirstFrame = renderer.spriteCount();
        render(robot, FAR.panByPixels(13, 7), List.of(households));
        render(robot, FAR.panByPixels(-20, 4), List.of(households));
        assertEquals(1, afterFirstFrame, "one badge for a count of 7");
        assertEquals(afterFirstFrame, renderer.spriteCount(), "panning draws no new sprites");
    }

    @Test
    void aLabelSpriteLooksLikeTheLabelWrittenDirectly(FxRobot robot) {
        Viewport close = new Viewport(WebMercator.fromLonLat(CENTRE.x, CENTRE.y), 0.25, 200, 200);
        LayerStyle plainStyle = LayerStyle.defaults().withPolygon(Rgba.hex("#ff0000"), Rgba.hex("#ff0000"), 0);
        MapLayer plain = layer(List.of(square(-30, 30, -30, 30)), plainStyle);
        MapLayer named = layer(List.of(square(-30, 30, -30, 30)), plainStyle.withLabel("name", Rgba.hex("#000000"), 14));

        List<Integer> background = pixels(render(robot, close, List.of(plain)));
        List<Integer> sprite = pixels(render(robot, close, List.of(named)));
        List<Integer> direct = pixels(labelWrittenDirectly(robot, "要素0", 14));

        int[] spriteBox = changedBox(background, sprite);
        int[] directBox = changedBox(background, direct);
        for (int i = 0; i < 4; i++) {
            assertEquals(directBox[i], spriteBox[i], 1, "label box edge " + i);
        }
        // the middle rows only: the scale bar below is dark too
        long darkSprite = sprite.subList(50 * 200, 150 * 200).stream().filter(BatchedRenderingTest::isDark).count();
        long darkDirect = direct.subList(50 * 200, 150 * 200).stream().filter(BatchedRenderingTest::isDark).count();
        assertTrue(darkDirect > 20, "the reference label is written");
        assertEquals(darkDirect, darkSprite, darkDirect * 0.1, "as much ink as the label written directly");
    }

    /** The red field with its label written the way LabelPainter did before sprites: four halo passes, then the text. */
    private static PixelReader labelWrittenDirectly(FxRobot robot, String text, double size) {
        AtomicReference<PixelReader> image = new AtomicReference<>();
        robot.interact(() -> {
            Canvas canvas = new Canvas(200, 200);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.RED);
            gc.fillRect(0, 0, 200, 200);
            gc.setFont(LabelPainter.font(size));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.setFill(Color.rgb(255, 255, 255, 0.85));
            gc.fillText(text, 99, 100);
            gc.fillText(text, 101, 100);
            gc.fillText(text, 100, 99);
            gc.fillText(text, 100, 101);
            gc.setFill(Color.BLACK);
            gc.fillText(text, 100, 100);
            image.set(canvas.snapshot(null, null).getPixelReader());
        });
        return image.get();
    }

    /** minX, minY, maxX, maxY of the pixels in the middle of the view (away from the scale bar) that differ. */
    private static int[] changedBox(List<Integer> before, List<Integer> after) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 50; y < 150; y++) {
            for (int x = 0; x < 200; x++) {
                if (!before.get(y * 200 + x).equals(after.get(y * 200 + x))) {
                    box = new int[] {Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)};
                }
            }
        }
        return box;
    }

    private static boolean isDark(int argb) {
        return ((argb >> 16) & 0xff) < 80 && ((argb >> 8) & 0xff) < 80 && (argb & 0xff) < 80;
    }

    private static boolean isWhitish(Color c) {
        return c.getRed() > 0.5 && c.getGreen() > 0.5 && c.getBlue() > 0.8;
    }

    private PixelReader badgeDrawnDirectly(FxRobot robot, String count, double r, Color fill) {
        AtomicReference<PixelReader> image = new AtomicReference<>();
        robot.interact(() -> {
            Canvas canvas = new Canvas(200, 200);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(BACKGROUND);
            gc.fillRect(0, 0, 200, 200);
            gc.setFill(fill);
            gc.fillOval(100 - r, 100 - r, 2 * r, 2 * r);
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(2);
            gc.strokeOval(100 - r, 100 - r, 2 * r, 2 * r);
            gc.setFill(Color.WHITE);
            gc.setFont(LabelPainter.font(11));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(count, 100, 100);
            image.set(canvas.snapshot(null, null).getPixelReader());
        });
        return image.get();
    }

    /** Largest channel difference within the 60 px square around the centre (the badge; the scale bar is elsewhere). */
    private static double largestDifference(PixelReader a, PixelReader b) {
        double largest = 0;
        for (int y = 70; y < 130; y++) {
            for (int x = 70; x < 130; x++) {
                Color p = a.getColor(x, y);
                Color q = b.getColor(x, y);
                largest = Math.max(largest, Math.max(Math.abs(p.getRed() - q.getRed()),
                        Math.max(Math.abs(p.getGreen() - q.getGreen()), Math.abs(p.getBlue() - q.getBlue()))));
            }
        }
        return largest;
    }

    private PixelReader render(FxRobot robot, Viewport view, List<MapLayer> layers) {
        AtomicReference<PixelReader> result = new AtomicReference<>();
        robot.interact(() -> {
            Canvas canvas = new Canvas(view.width(), view.height());
            renderer.render(canvas.getGraphicsContext2D(), view, layers, null);
            WritableImage image = canvas.snapshot(null, null);
            result.set(image.getPixelReader());
        });
        return result.get();
    }

    private static List<Integer> pixels(PixelReader image) {
        List<Integer> argb = new ArrayList<>();
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                argb.add(image.getArgb(x, y));
            }
        }
        return argb;
    }

    private static List<org.locationtech.jts.geom.Geometry> coincidentPoints(int n) {
        List<org.locationtech.jts.geom.Geometry> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(G.createPoint(CENTRE));
        }
        return points;
    }

    private static MapLayer layer(List<? extends org.locationtech.jts.geom.Geometry> geometries, LayerStyle style) {
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < geometries.size(); i++) {
            features.add(new Feature(i, geometries.get(i), Map.of("name", "要素" + i)));
        }
        return new MapLayer(new FeatureLayer("test", "测试", Crs.WGS84, false, features), style);
    }

    /** A WGS84 rectangle given in metres (Web Mercator) from the centre, exact at zoom 1 m per pixel. */
    private static Polygon square(double west, double east, double south, double north) {
        return G.createPolygon(ring(west, east, south, north));
    }

    private static Polygon squareWithHole(double outer1, double outer2, double inner1, double inner2) {
        return G.createPolygon(ring(outer1, outer2, outer1, outer2), new LinearRing[] {ring(inner1, inner2, inner1, inner2)});
    }

    private static LinearRing ring(double west, double east, double south, double north) {
        Coordinate m = WebMercator.fromLonLat(CENTRE.x, CENTRE.y);
        Coordinate sw = WebMercator.toLonLat(m.x + west, m.y + south);
        Coordinate ne = WebMercator.toLonLat(m.x + east, m.y + north);
        return (LinearRing) G.toGeometry(new Envelope(sw.x, ne.x, sw.y, ne.y)).getBoundary().getGeometryN(0);
    }
}
