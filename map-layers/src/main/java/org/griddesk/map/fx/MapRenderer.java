package org.griddesk.map.fx;

import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.griddesk.map.index.GridClusterer;
import org.griddesk.map.index.PointCluster;
import org.griddesk.map.index.ProjectedFeature;
import org.griddesk.map.index.MercatorProjector;
import org.griddesk.map.layer.Feature;
import org.griddesk.map.style.LayerStyle;
import org.griddesk.map.view.Viewport;
import org.locationtech.jts.geom.Puntal;

/**
 * Draws one frame — tiles, features, clusters, labels, selection and scale bar — into any
 * GraphicsContext. It holds no state between frames, so it can draw off-screen (tests, benchmarks).
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
        for (MapLayer layer : layers) {
            if (layer.isVisible() && layer.getOpacity() > 0) {
                gc.setGlobalAlpha(layer.getOpacity());
                layer.tiles().ifPresent(cache -> TilePainter.paint(gc, viewport, cache));
                paintFeatures(gc, viewport, layer, geometries);
            }
        }
        gc.setGlobalAlpha(1);
        if (selected != null) {
            geometries.highlight(MercatorProjector.project(selected.geometry()), SELECTION, 4);
        }
        ScaleBarPainter.paint(gc, viewport, messages);
    }

    private void paintFeatures(GraphicsContext gc, Viewport viewport, MapLayer layer, GeometryPainter geometries) {
        List<ProjectedFeature> visible = layer.index().visible(viewport.mapEnvelope());
        LayerStyle style = layer.style();
        boolean cluster = viewport.zoomLevel() < CLUSTER_BELOW_ZOOM;
        List<ProjectedFeature> shapes = cluster ? visible.stream().filter(f -> !(f.projected() instanceof Puntal)).toList() : visible;
        for (ProjectedFeature f : shapes) {
            geometries.paint(f.projected(), style);
        }
        if (cluster) {
            for (PointCluster c : clusters(viewport, layer)) {
                paintCluster(gc, viewport, c, style, geometries);
            }
        }
        style.label().ifPresent(field -> {
            LabelPainter labels = new LabelPainter(gc, viewport);
            for (ProjectedFeature f : shapes) {
                labels.paint(f.projected(), f.feature().text(field), style);
            }
        });
    }

    /** Screen radius of a cluster disc; grows slowly with the number of members. */
    static double clusterRadius(int size) {
        return 10 + Math.min(12, Math.log(size) * 3);
    }

    /** The point clusters of one layer as drawn for this viewport (empty when zoomed in). */
    static List<PointCluster> clusters(Viewport viewport, MapLayer layer) {
        if (viewport.zoomLevel() >= CLUSTER_BELOW_ZOOM) {
            return List.of();
        }
        List<ProjectedFeature> points = layer.index().visible(viewport.mapEnvelope()).stream()
                .filter(f -> f.projected() instanceof Puntal).toList();
        return GridClusterer.cluster(points, CLUSTER_CELL_PIXELS * viewport.metresPerPixel());
    }

    private static void paintCluster(GraphicsContext gc, Viewport viewport, PointCluster c, LayerStyle style,
                                     GeometryPainter geometries) {
        if (c.size() == 1) {
            geometries.paint(MercatorProjector.project(c.members().get(0).geometry()), style);
            return;
        }
        double x = viewport.toScreenX(c.center().x);
        double y = viewport.toScreenY(c.center().y);
        double r = clusterRadius(c.size());
        gc.setFill(FxColors.of(style.pointColor()).deriveColor(0, 1, 1, 0.85));
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(2);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        gc.setFill(Color.WHITE);
        gc.setFont(Font.font(11));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(Integer.toString(c.size()), x, y);
    }
}
