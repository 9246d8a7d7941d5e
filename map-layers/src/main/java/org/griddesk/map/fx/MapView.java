package org.griddesk.map.fx;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.griddesk.map.crs.WebMercator;
import org.griddesk.map.index.PointCluster;
import org.griddesk.map.layer.Feature;
import org.griddesk.map.view.Viewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * An offline map control: drag to pan, wheel, pinch or the +/− buttons to zoom, click to identify
 * a feature ({@link MapFeatureEvent}) or, in pick mode, to choose a location ({@link MapLocationEvent}).
 * Layers are drawn in list order, the last on top. Drawing is delegated to {@link MapRenderer}.
 */
public class MapView extends Region {

    /** How far (pixels) a press may move and still count as a click rather than a drag. */
    static final double CLICK_SLOP = 4;
    static final double HIT_TOLERANCE_PIXELS = 6;
    private static final double WHEEL_STEP = 1.25;

    private final Canvas canvas = new Canvas();
    private final MapRenderer renderer;
    private final ObservableList<MapLayer> layers = FXCollections.observableArrayList(
            l -> new Observable[] {l.visibleProperty(), l.opacityProperty()});
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport",
            new Viewport(WebMercator.fromLonLat(108.38, 30.81), 10, 1, 1));
    private final ObjectProperty<Feature> selectedFeature = new SimpleObjectProperty<>(this, "selectedFeature");
    /** A place chosen but not saved yet (longitude, latitude in WGS84), drawn as a pin of its own. */
    private final ObjectProperty<Coordinate> markedLocation = new SimpleObjectProperty<>(this, "markedLocation");
    static final javafx.scene.paint.Color MARK_COLOR = javafx.scene.paint.Color.web("#7b2cbf");
    static final double MARK_SIZE = 16;
    private final BooleanProperty pickMode = new SimpleBooleanProperty(this, "pickMode", false);
    private final VBox zoomButtons;
    private final Label pickHint;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    /** A zoomTo requested before the control had a size; applied at the first layout. */
    private Envelope pendingFit;
    private boolean redrawPending;
    private int framesDrawn;

    public MapView() {
        this(Locale.getDefault());
    }

    public MapView(Locale locale) {
        MapMessages messages = new MapMessages(locale);
        renderer = new MapRenderer(messages);
        zoomButtons = new VBox(4, button("zoomIn", "+", messages.text("map.zoomIn"), 2),
                button("zoomOut", "−", messages.text("map.zoomOut"), 0.5));
        zoomButtons.setAlignment(Pos.TOP_RIGHT);
        zoomButtons.setPadding(new Insets(8));
        zoomButtons.setPickOnBounds(false);
        pickHint = new Label(messages.text("map.pickHint"));
        pickHint.getStyleClass().add("map-pick-hint");
        pickHint.setStyle("-fx-background-color: rgba(255,255,255,0.85); -fx-padding: 4 8 4 8;");
        pickHint.setMouseTransparent(true);
        pickHint.visibleProperty().bind(pickMode);
        getChildren().addAll(canvas, zoomButtons, pickHint);
        getStyleClass().add("map-view");
        setMinSize(100, 100);
        setPrefSize(800, 600);
        installHandlers();
        layers.addListener((ListChangeListener<MapLayer>) c -> redraw());
        viewport.addListener((obs, old, now) -> redraw());
        selectedFeature.addListener((obs, old, now) -> redraw());
        markedLocation.addListener((obs, old, now) -> redraw());
        pickMode.addListener((obs, old, now) -> setCursor(now ? Cursor.CROSSHAIR : Cursor.DEFAULT));
    }

    private Button button(String id, String text, String tooltip, double factor) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tooltip));
        b.setMinWidth(32);
        b.setFocusTraversable(false);
        b.setOnAction(e -> zoomBy(factor));
        return b;
    }

    private void installHandlers() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = lastX = e.getX();
            pressY = lastY = e.getY();
            dragging = false;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP) {
                dragging = true;
            }
            // Until the slop is exceeded lastX/lastY stay at the press point, so no movement is lost.
            if (dragging) {
                viewport.set(viewport.get().panByPixels(e.getX() - lastX, e.getY() - lastY));
                lastX = e.getX();
                lastY = e.getY();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!dragging && e.getButton() == MouseButton.PRIMARY) {
                clickAt(e.getX(), e.getY());
            }
            dragging = false;
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP, e.getX(), e.getY());
            }
            e.consume();
        });
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
    }

    /**
     * A click: in pick mode it reports the location (once); on a cluster it zooms in to split it;
     * otherwise it identifies a feature.
     */
    void clickAt(double x, double y) {
        if (pickMode.get()) {
            Coordinate lonLat = viewport.get().toLonLat(x, y);
            pickMode.set(false);
            fireEvent(new MapLocationEvent(lonLat.x, lonLat.y));
            return;
        }
        Optional<PointCluster> cluster = clusterAt(x, y);
        if (cluster.isPresent()) {
            Viewport v = viewport.get();
            viewport.set(v.centeredOn(cluster.get().center()).zoomAt(2, v.width() / 2, v.height() / 2));
            return;
        }
        Optional<Hit> hit = identify(x, y);
        selectedFeature.set(hit.map(Hit::feature).orElse(null));
        hit.ifPresent(h -> fireEvent(new MapFeatureEvent(h.layerName(), h.feature())));
    }

    private Optional<PointCluster> clusterAt(double x, double y) {
        Viewport v = viewport.get();
        List<MapLayer> ordered = List.copyOf(layers);
        for (int i = ordered.size() - 1; i >= 0; i--) {
            MapLayer layer = ordered.get(i);
            if (!layer.isVisible() || layer.getOpacity() == 0) {
                continue;
            }
            for (PointCluster c : MapRenderer.clusters(v, layer)) {
                double d = Math.hypot(v.toScreenX(c.center().x) - x, v.toScreenY(c.center().y) - y);
                if (c.size() > 1 && d <= MapRenderer.clusterRadius(c.size())) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The topmost visible feature within the hit tolerance of a screen point. A pin stands above the point it marks,
     * so a click on a pin's drawn head finds its feature first, before anything (a grid cell) under the head.
     */
    public Optional<Hit> identify(double x, double y) {
        Viewport v = viewport.get();
        Coordinate map = v.toMap(x, y);
        List<MapLayer> ordered = List.copyOf(layers);
        for (int i = ordered.size() - 1; i >= 0; i--) {
            MapLayer layer = ordered.get(i);
            if (!layer.isVisible() || layer.getOpacity() == 0
                    || layer.style().pointSymbol() != org.griddesk.map.style.PointSymbol.PIN) {
                continue;
            }
            double size = layer.style().pointSize();
            // the middle of the pin's body, which reaches one and a half sizes above its tip
            Coordinate body = v.toMap(x, y + 0.75 * size);
            Optional<Feature> pin = layer.index().hit(body, 0.75 * size + HIT_TOLERANCE_PIXELS, v.metresPerPixel())
                    .filter(f -> f.geometry().getDimension() == 0);
            if (pin.isPresent()) {
                return Optional.of(new Hit(layer.name(), pin.get()));
            }
        }
        for (int i = ordered.size() - 1; i >= 0; i--) {
            MapLayer layer = ordered.get(i);
            if (!layer.isVisible() || layer.getOpacity() == 0) {
                continue;
            }
            Optional<Feature> f = layer.index().hit(map, HIT_TOLERANCE_PIXELS, v.metresPerPixel());
            if (f.isPresent()) {
                return Optional.of(new Hit(layer.name(), f.get()));
            }
        }
        return Optional.empty();
    }

    public record Hit(String layerName, Feature feature) {
    }

    public void zoomBy(double factor) {
        Viewport v = viewport.get();
        zoomAt(factor, v.width() / 2, v.height() / 2);
    }

    private void zoomAt(double factor, double x, double y) {
        viewport.set(viewport.get().zoomAt(factor, x, y));
    }

    /** Shows a WGS84 box, such as a layer's extent or a grid cell. */
    public void zoomTo(Envelope lonLat) {
        Viewport v = viewport.get();
        if (v.width() <= 1 || v.height() <= 1) {
            pendingFit = new Envelope(lonLat);
            return;
        }
        viewport.set(Viewport.fitting(lonLat, v.width(), v.height()));
    }

    public void centerOn(double lon, double lat) {
        viewport.set(viewport.get().centeredOn(WebMercator.fromLonLat(lon, lat)));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        zoomButtons.resizeRelocate(w - zoomButtons.prefWidth(-1), 0, zoomButtons.prefWidth(-1), zoomButtons.prefHeight(-1));
        double hintWidth = pickHint.prefWidth(-1);
        pickHint.resizeRelocate((w - hintWidth) / 2, 8, hintWidth, pickHint.prefHeight(-1));
        Viewport v = viewport.get();
        if (v.width() != w || v.height() != h) {
            viewport.set(v.withSize(w, h));
        }
        if (pendingFit != null && w > 1 && h > 1) {
            Envelope fit = pendingFit;
            pendingFit = null;
            zoomTo(fit);
        }
        if (redrawPending) {
            redrawPending = false;
            draw();
        }
    }

    /**
     * A drag or a wheel turn can move the view several times between two pulses, and the canvas rasterises every
     * frame drawn into it, not only the last: so a change only asks for a layout pass, which draws once per pulse.
     */
    private void redraw() {
        redrawPending = true;
        requestLayout();
    }

    private void draw() {
        Viewport v = viewport.get();
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            renderer.render(canvas.getGraphicsContext2D(), v, layers, selectedFeature.get());
            Coordinate mark = markedLocation.get();
            if (mark != null) {
                Coordinate m = org.griddesk.map.crs.WebMercator.fromLonLat(mark.x, mark.y);
                SymbolPainter.paint(canvas.getGraphicsContext2D(), org.griddesk.map.style.PointSymbol.PIN,
                        v.toScreenX(m.x), v.toScreenY(m.y), MARK_SIZE, MARK_COLOR);
            }
            framesDrawn++;
        }
    }

    /** How many frames the control has drawn, for tests. */
    int framesDrawn() {
        return framesDrawn;
    }

    public ObservableList<MapLayer> getLayers() {
        return layers;
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public Viewport getViewport() {
        return viewport.get();
    }

    /** The place picked for something not saved yet; null shows none. */
    public ObjectProperty<Coordinate> markedLocationProperty() {
        return markedLocation;
    }

    public ObjectProperty<Feature> selectedFeatureProperty() {
        return selectedFeature;
    }

    public BooleanProperty pickModeProperty() {
        return pickMode;
    }

    public void setPickMode(boolean value) {
        pickMode.set(value);
    }

    public boolean isPickMode() {
        return pickMode.get();
    }
}
