package org.griddesk.map.fx;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
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
 * GraphicsContext. It holds no state between frames, so it can draw off-screen (tests, benchmarks); what is
 * costly to compute and the same in every frame (clusters per zoom, label anchors) is cached in the MapLayer.
 */
public final class MapRenderer {

    /** Below this web-map zoom level, point layers are drawn as clusters. */
    public static final double CLUSTER_BELOW_ZOOM = 15;
    static final double CLUSTER_CELL_PIXELS = 48;
    private static final Color BACKGROUND = Color.rgb(242, 239, 233);
    private static final Color SELECTION = Color.rgb(255, 140, 0);

    private final MapMessages messages;

    public MapRenderer(MapMessages messages) {
        this.messages = messages;
    }

    public void render(GraphicsContext gc, Viewport viewport, List<MapLayer> layers, Feature selected) {
        gc.setGlobalAlpha(1);
        gc.setFill(BACKGROUND);
        gc.fillRect(0, 0, viewport.width(), viewport.height());
        GeometryPainter geometries = new GeometryPainter(gc, viewport);
        LabelPainter labels = new LabelPainter(gc, viewport);
        for (MapLayer layer : layers) {
            if (layer.isVisible() && layer.getOpacity() > 0) {
                gc.setGlobalAlpha(layer.getOpacity());
                layer.tiles().ifPresent(cache -> TilePainter.paint(gc, viewport, cache));
                paintFeatures(gc, viewport, layer, geometries, labels);
            }
        }
        gc.setGlobalAlpha(1);
        if (selected != null) {
            geometries.highlight(MercatorProjector.project(selected.geometry()), SELECTION, 4);
        }
        ScaleBarPainter.paint(gc, viewport, messages);
    }

    private void paintFeatures(GraphicsContext gc, Viewport viewport, MapLayer layer, GeometryPainter geometries,
                               LabelPainter labels) {
        List<ProjectedFeature> visible = layer.index().visible(viewport.mapEnvelope());
        LayerStyle style = layer.style();
        boolean cluster = viewport.zoomLevel() < CLUSTER_BELOW_ZOOM;
        List<ProjectedFeature> shapes = cluster ? visible.stream().filter(f -> !(f.projected() instanceof Puntal)).toList() : visible;
        for (ProjectedFeature f : shapes) {
            geometries.paint(f.projected(), style);
        }
        if (cluster) {
            List<MapLayer.ClusterSymbol> symbols = visibleClusters(viewport, layer);
            if (!symbols.isEmpty()) {
                ClusterLook look = new ClusterLook(FxColors.of(style.pointColor()).deriveColor(0, 1, 1, 0.85));
                for (MapLayer.ClusterSymbol c : symbols) {
                    paintCluster(gc, viewport, c, style, look, geometries);
                }
            }
        }
        style.label().ifPresent(field -> {
            for (ProjectedFeature f : shapes) {
                String text = f.feature().text(field);
                if (!text.isBlank()) {
                    labels.paint(f.projected(), layer.labelAnchor(f), text, style);
                }
            }
        });
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

    private record ClusterLook(Color fill) {
    }

    private static void paintCluster(GraphicsContext gc, Viewport viewport, MapLayer.ClusterSymbol symbol,
                                     LayerStyle style, ClusterLook look, GeometryPainter geometries) {
        PointCluster c = symbol.cluster();
        if (c.size() == 1) {
            geometries.paint(symbol.single(), style);
            return;
        }
        double x = viewport.toScreenX(c.center().x);
        double y = viewport.toScreenY(c.center().y);
        double r = clusterRadius(c.size());
        gc.setFill(look.fill());
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(2);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        gc.setFill(Color.WHITE);
        gc.setFont(LabelPainter.font(11));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(Integer.toString(c.size()), x, y);
    }
}
