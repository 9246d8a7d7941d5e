package org.griddesk.map.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.griddesk.map.crs.Crs;
import org.griddesk.map.crs.WebMercator;
import org.griddesk.map.demo.DemoStyles;
import org.griddesk.map.demo.DemoVillageGenerator;
import org.griddesk.map.layer.Feature;
import org.griddesk.map.layer.FeatureLayer;
import org.griddesk.map.style.LayerStyle;
import org.griddesk.map.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MapViewTest {

    private static final GeometryFactory G = new GeometryFactory();
    private static final List<FeatureLayer> DEMO = new DemoVillageGenerator(DemoVillageGenerator.DEFAULT_SEED).layers();

    private MapView map;
    private final List<MapLocationEvent> picked = new ArrayList<>();
    private final List<MapFeatureEvent> clicked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        map = new MapView(Locale.SIMPLIFIED_CHINESE);
        for (FeatureLayer layer : DEMO) {
            map.getLayers().add(new MapLayer(layer, DemoStyles.forLayer(layer.name())));
        }
        map.addEventHandler(MapLocationEvent.LOCATION_PICKED, picked::add);
        map.addEventHandler(MapFeatureEvent.FEATURE_CLICKED, clicked::add);
        map.zoomTo(layer("village_boundary").boundsWgs84());
        stage.setScene(new Scene(map, 800, 600));
        stage.show();
    }

    @Test
    void pickModeReportsTheClickedLocationInWgs84(FxRobot robot) {
        robot.interact(() -> map.setPickMode(true));
        assertTrue(robot.lookup(".map-pick-hint").query().isVisible(), "the worker is told to click the map");
        Coordinate target = new Coordinate(108.3835, 30.8112);
        robot.clickOn(onScreen(target));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, picked.size());
        double toleranceDeg = 2 * map.getViewport().metresPerPixel() / 111_000.0;
        assertEquals(target.x, picked.get(0).lon(), toleranceDeg);
        assertEquals(target.y, picked.get(0).lat(), toleranceDeg);
        assertFalse(map.isPickMode(), "pick mode ends after one location");
        assertTrue(clicked.isEmpty(), "a pick does not identify features");
    }

    @Test
    void zoomButtonsHalveAndDoubleTheResolution(FxRobot robot) {
        double before = map.getViewport().metresPerPixel();
        robot.clickOn("#zoomIn");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before / 2, map.getViewport().metresPerPixel(), before * 1e-9);
        robot.clickOn("#zoomOut");
        robot.clickOn("#zoomOut");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before * 2, map.getViewport().metresPerPixel(), before * 1e-9);
    }

    @Test
    void clickOnAHouseIdentifiesAndSelectsIt(FxRobot robot) {
        robot.interact(() -> map.zoomBy(4));
        Feature house = layer("buildings").features().stream()
                .filter(f -> map.getViewport().mapEnvelope().contains(mercator(f.geometry().getInteriorPoint().getCoordinate())))
                .findFirst().orElseThrow();
        robot.clickOn(onScreen(house.geometry().getInteriorPoint().getCoordinate()));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, clicked.size());
        assertEquals("buildings", clicked.get(0).layerName());
        assertEquals(house, clicked.get(0).feature());
        assertEquals(house, map.selectedFeatureProperty().get());
    }

    @Test
    void clickingAPinsHeadIdentifiesThePinNotTheGridCellUnderIt(FxRobot robot) {
        Coordinate inCell = layer("grid_cells").features().get(0).geometry().getInteriorPoint().getCoordinate();
        Feature issue = new Feature(1, new GeometryFactory().createPoint(inCell), Map.of("title", "路灯损坏"));
        robot.interact(() -> map.getLayers().add(new MapLayer(
                new FeatureLayer("issues", "事件", Crs.CGCS2000, false, List.of(issue)),
                LayerStyle.defaults().withPoint(org.griddesk.map.style.PointSymbol.PIN, 14, LayerStyle.defaults().pointColor()))));
        Point2D tip = onScreen(inCell);
        robot.clickOn(new Point2D(tip.getX(), tip.getY() - 14)); // the round head, well above the tip
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, clicked.size());
        assertEquals("issues", clicked.get(0).layerName(), "the pin wins over the cell it stands in");
        assertEquals(issue, clicked.get(0).feature());
    }

    @Test
    void aMarkedPlaceIsDrawnAsAPinUntilTheMarkIsCleared(FxRobot robot) {
        Coordinate place = layer("village_boundary").boundsWgs84().centre();
        Coordinate m = mercator(place);
        int x = (int) Math.round(map.getViewport().toScreenX(m.x));
        int y = (int) Math.round(map.getViewport().toScreenY(m.y) - MapView.MARK_SIZE); // the pin's head
        int markArgb = argbOf(MapView.MARK_COLOR);
        assertTrue(pixelAt(robot, x, y) != markArgb, "nothing marked yet");

        robot.interact(() -> map.markedLocationProperty().set(place));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(markArgb, pixelAt(robot, x, y), "the picked place shows before anything is saved");

        robot.interact(() -> map.markedLocationProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pixelAt(robot, x, y) != markArgb);
    }

    private int pixelAt(FxRobot robot, int x, int y) {
        int[] argb = new int[1];
        robot.interact(() -> {
            Canvas canvas = (Canvas) map.getChildrenUnmodifiable().get(0);
            argb[0] = canvas.snapshot(null, null).getPixelReader().getArgb(x, y);
        });
        return argb[0];
    }

    private static int argbOf(javafx.scene.paint.Color color) {
        return (255 << 24) | ((int) Math.round(color.getRed() * 255) << 16)
                | ((int) Math.round(color.getGreen() * 255) << 8) | (int) Math.round(color.getBlue() * 255);
    }

    @Test
    void hiddenLayersCannotBeIdentified(FxRobot robot) {
        robot.interact(() -> map.getLayers().forEach(l -> l.setVisible(false)));
        Coordinate centre = layer("village_boundary").boundsWgs84().centre();
        robot.clickOn(onScreen(centre));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(clicked.isEmpty());
        assertNull(map.selectedFeatureProperty().get());
    }

    @Test
    void draggingPansTheMap(FxRobot robot) {
        Viewport before = map.getViewport();
        Point2D from = map.localToScreen(400, 300);
        robot.drag(from).dropTo(new Point2D(from.getX() + 100, from.getY() + 40));
        WaitForAsyncUtils.waitForFxEvents();
        Viewport after = map.getViewport();
        assertEquals(before.center().x - 100 * before.metresPerPixel(), after.center().x, 2 * before.metresPerPixel());
        assertEquals(before.center().y + 40 * before.metresPerPixel(), after.center().y, 2 * before.metresPerPixel());
        assertTrue(picked.isEmpty() && clicked.isEmpty(), "a drag is not a click");
    }

    @Test
    void clickingAClusterZoomsInOnItInsteadOfIdentifying(FxRobot robot) {
        Coordinate spot = new Coordinate(108.3835, 30.8112);
        List<Feature> issues = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            issues.add(new Feature(i, G.createPoint(new Coordinate(spot.x + i * 1e-5, spot.y)), Map.of("title", "积水" + i)));
        }
        robot.interact(() -> {
            map.getLayers().add(new MapLayer(new FeatureLayer("issues", "事件", Crs.WGS84, false, issues), LayerStyle.defaults()));
            map.centerOn(spot.x, spot.y);
            map.viewportProperty().set(map.getViewport().zoomAt(
                    map.getViewport().metresPerPixel() / (Viewport.ZOOM0_METRES_PER_PIXEL / Math.pow(2, 13)), 400, 300));
        });
        double before = map.getViewport().metresPerPixel();
        robot.clickOn(onScreen(spot));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before / 2, map.getViewport().metresPerPixel(), before * 1e-9);
        assertTrue(clicked.isEmpty(), "the cluster is split, not identified");
    }

    @Test
    void severalViewChangesBetweenTwoPulsesAreDrawnOnceShowingTheLast(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int before = map.framesDrawn();
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) {
                map.viewportProperty().set(map.getViewport().panByPixels(10, 5));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before + 1, map.framesDrawn(), "one frame for five moves");
        List<Integer> shown = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        robot.interact(() -> {
            Canvas onScreen = (Canvas) map.getChildrenUnmodifiable().get(0);
            Viewport v = map.getViewport();
            Canvas offScreen = new Canvas(v.width(), v.height());
            new MapRenderer(new MapMessages(Locale.SIMPLIFIED_CHINESE)).render(offScreen.getGraphicsContext2D(), v,
                    List.copyOf(map.getLayers()), map.selectedFeatureProperty().get());
            shown.addAll(argb(onScreen.snapshot(null, null)));
            expected.addAll(argb(offScreen.snapshot(null, null)));
        });
        assertEquals(expected, shown, "the canvas shows the last view");
    }

    private static List<Integer> argb(WritableImage image) {
        List<Integer> pixels = new ArrayList<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                pixels.add(image.getPixelReader().getArgb(x, y));
            }
        }
        return pixels;
    }

    private Point2D onScreen(Coordinate lonLat) {
        Coordinate m = mercator(lonLat);
        Viewport v = map.getViewport();
        return map.localToScreen(v.toScreenX(m.x), v.toScreenY(m.y));
    }

    private static Coordinate mercator(Coordinate lonLat) {
        return WebMercator.fromLonLat(lonLat.x, lonLat.y);
    }

    private static FeatureLayer layer(String name) {
        return DEMO.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }
}
