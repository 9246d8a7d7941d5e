package org.griddesk.map.fx;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.griddesk.map.index.PointCluster;
import org.griddesk.map.index.ProjectedFeature;
import org.griddesk.map.index.MercatorProjector;
import org.griddesk.map.layer.Feature;
import org.griddesk.map.style.LayerStyle;
import org.griddesk.map.view.Viewport;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Puntal;

/**
 * Draws one frame — tiles, features, clusters, labels, selection and scale bar — into any
 * GraphicsContext, on screen or off (tests, benchmarks). Between frames it keeps only sprites (point symbols,
 * cluster badges and labels, rasterised once); what is costly to compute and the same in every frame of one zoom
 * (clusters, label anchors) is cached in the MapLayer.
 */
public final class MapRenderer {

    /** Below this web-map zoom level, point layers are drawn as clusters. */
    public static final double CLUSTER_BELOW_ZOOM = 15;
    static final double CLUSTER_CELL_PIXELS = 48;
    private static final Color BACKGROUND = Color.rgb(242, 239, 233);
    private static final Color SELECTION = Color.rgb(255, 140, 0);

    private final MapMessages messages;
    private final SpriteCache sprites = new SpriteCache();

    public MapRenderer(MapMessages messages) {
        this.messages = messages;
    }

    public void render(GraphicsContext gc, Viewport viewport, List<MapLayer> layers, Feature selected) {
        gc.setGlobalAlpha(1);
        gc.setFill(BACKGROUND);
        gc.fillRect(0, 0, viewport.width(), viewport.height());
        double scale = renderScale(gc);
        GeometryPainter geometries = new GeometryPainter(gc, viewport, sprites, scale);
        LabelPainter labels = new LabelPainter(gc, viewport, sprites, scale);
        // labels are written after every layer is drawn: a pin or a house above a grid must not hide its name
        List<Runnable> deferredLabels = new java.util.ArrayList<>();
        for (MapLayer layer : layers) {
            if (layer.isVisible() && layer.getOpacity() > 0) {
                gc.setGlobalAlpha(layer.getOpacity());
                layer.tiles().ifPresent(cache -> TilePainter.paint(gc, viewport, cache));
                paintFeatures(gc, viewport, layer, geometries, scale);
                double opacity = layer.getOpacity();
                deferredLabels.add(() -> {
                    gc.setGlobalAlpha(opacity);
                    paintLabels(viewport, layer, labels);
                });
            }
        }
        deferredLabels.forEach(Runnable::run);
        gc.setGlobalAlpha(1);
        if (selected != null) {
            geometries.highlight(MercatorProjector.project(selected.geometry()), SELECTION, 4);
        }
        ScaleBarPainter.paint(gc, viewport, messages);
    }

    /** How many sprites are kept, for tests. */
    int spriteCount() {
        return sprites.size();
    }

    /** Device pixels per screen pixel of the window the canvas is shown in (1 off-screen). */
    private static double renderScale(GraphicsContext gc) {
        Scene scene = gc.getCanvas().getScene();
        Window window = scene == null ? null : scene.getWindow();
        return window == null || window.getRenderScaleX() <= 0 ? 1 : window.getRenderScaleX();
    }

    private void paintFeatures(GraphicsContext gc, Viewport viewport, MapLayer layer, GeometryPainter geometries,
                               double scale) {
        LayerStyle style = layer.style();
        boolean cluster = viewport.zoomLevel() < CLUSTER_BELOW_ZOOM;
        List<ProjectedFeature> shapes = shapesToDraw(viewport, layer, cluster);
        geometries.paintAll(shapes.stream().map(ProjectedFeature::projected).toList(), style);
        if (cluster) {
            List<MapLayer.ClusterSymbol> symbols = visibleClusters(viewport, layer);
            if (!symbols.isEmpty()) {
                Color badge = FxColors.of(style.pointColor()).deriveColor(0, 1, 1, 0.85);
                for (MapLayer.ClusterSymbol c : symbols) {
                    paintCluster(gc, viewport, c, style, badge, geometries, scale);
                }
            }
        }
    }

    private static void paintLabels(Viewport viewport, MapLayer layer, LabelPainter labels) {
        LayerStyle style = layer.style();
        boolean cluster = viewport.zoomLevel() < CLUSTER_BELOW_ZOOM;
        List<ProjectedFeature> shapes = shapesToDraw(viewport, layer, cluster);
        style.label().ifPresent(field -> {
            for (ProjectedFeature f : shapes) {
                String text = f.feature().text(field);
                if (!text.isBlank()) {
                    labels.paint(f.projected(), layer.labelAnchor(f), text, style);
                }
            }
        });
    }

    /** The layer's visible features drawn as themselves: zoomed out, its points are drawn as clusters instead. */
    private static List<ProjectedFeature> shapesToDraw(Viewport viewport, MapLayer layer, boolean cluster) {
        if (cluster && layer.pointsOnly()) {
            return List.of();
        }
        List<ProjectedFeature> visible = layer.index().visible(viewport.mapEnvelope());
        return cluster ? visible.stream().filter(f -> !(f.projected() instanceof Puntal)).toList() : visible;
    }

    /** Screen radius of a cluster disc; grows slowly with the number of members. */
    static double clusterRadius(int size) {
        return 10 + Math.min(12, Math.log(size) * 3);
    }

    /** The point clusters of one layer as drawn for this viewport (empty when zoomed in). */
    static List<PointCluster> clusters(Viewport viewport, MapLayer layer) {
        return visibleClusters(viewport, layer).stream().map(MapLayer.ClusterSymbol::cluster).toList();
    }

    /**
     * The layer's clusters for this zoom (cached in the layer) whose disc can reach into the viewport; a cluster
     * at the edge counts its members beyond the edge too, so its number does not change while panning.
     */
    private static List<MapLayer.ClusterSymbol> visibleClusters(Viewport viewport, MapLayer layer) {
        if (viewport.zoomLevel() >= CLUSTER_BELOW_ZOOM || layer.index().size() == 0) {
            return List.of();
        }
        Envelope view = new Envelope(viewport.mapEnvelope());
        view.expandBy(clusterRadius(Integer.MAX_VALUE) * viewport.metresPerPixel());
        List<MapLayer.ClusterSymbol> shown = new ArrayList<>();
        for (MapLayer.ClusterSymbol c : layer.clusters(CLUSTER_CELL_PIXELS * viewport.metresPerPixel())) {
            if (view.contains(c.cluster().center())) {
                shown.add(c);
            }
        }
        return shown;
    }

    private void paintCluster(GraphicsContext gc, Viewport viewport, MapLayer.ClusterSymbol symbol, LayerStyle style,
                              Color badge, GeometryPainter geometries, double scale) {
        PointCluster c = symbol.cluster();
        if (c.size() == 1) {
            geometries.paintAll(List.of(symbol.single()), style);
            return;
        }
        sprites.clusterBadge(c.size(), badge, scale)
                .stamp(gc, viewport.toScreenX(c.center().x), viewport.toScreenY(c.center().y));
    }
}
