package org.griddesk.map.fx;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.griddesk.map.index.FeatureIndex;
import org.griddesk.map.index.GridClusterer;
import org.griddesk.map.index.PointCluster;
import org.griddesk.map.index.ProjectedFeature;
import org.griddesk.map.layer.FeatureLayer;
import org.griddesk.map.layer.Layer;
import org.griddesk.map.layer.TileLayer;
import org.griddesk.map.style.LayerStyle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Puntal;

/** A layer as shown on the map: its data, style, visibility and opacity, and its spatial index. */
public final class MapLayer {

    private final Layer layer;
    private final LayerStyle style;
    private final FeatureIndex index;
    private final TileImageCache tiles;
    private final boolean pointsOnly;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", 1.0);
    // Drawing caches, filled and read on the FX thread only: the data of a layer never changes.
    private double clusterCellSize = Double.NaN;
    private List<ClusterSymbol> clusterSymbols = List.of();
    private final Map<ProjectedFeature, Coordinate> labelAnchors = new IdentityHashMap<>();

    public MapLayer(Layer layer, LayerStyle style) {
        this.layer = layer;
        this.style = style;
        this.index = layer instanceof FeatureLayer f ? FeatureIndex.of(f.features()) : FeatureIndex.of(List.of());
        this.tiles = layer instanceof TileLayer t ? new TileImageCache(t) : null;
        this.pointsOnly = layer instanceof FeatureLayer f
                && f.features().stream().allMatch(x -> x.geometry() instanceof Puntal);
        this.opacity.set(style.opacity());
    }

    public Layer layer() {
        return layer;
    }

    public String name() {
        return layer.name();
    }

    public LayerStyle style() {
        return style;
    }

    public FeatureIndex index() {
        return index;
    }

    /** True when every feature is a point: zoomed out, such a layer is all clusters, and nothing else to look up. */
    boolean pointsOnly() {
        return pointsOnly;
    }

    Optional<TileImageCache> tiles() {
        return Optional.ofNullable(tiles);
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public boolean isVisible() {
        return visible.get();
    }

    public void setVisible(boolean value) {
        visible.set(value);
    }

    public DoubleProperty opacityProperty() {
        return opacity;
    }

    public double getOpacity() {
        return opacity.get();
    }

    public void setOpacity(double value) {
        opacity.set(Math.max(0, Math.min(1, value)));
    }

    /**
     * All point clusters of the layer for one cell size (one zoom), computed once and reused while the worker
     * pans; cells are anchored to the map, so a cluster does not change when the view moves.
     */
    List<ClusterSymbol> clusters(double cellSize) {
        if (cellSize != clusterCellSize) {
            List<ProjectedFeature> points = index.visible(new Envelope(-Double.MAX_VALUE, Double.MAX_VALUE,
                    -Double.MAX_VALUE, Double.MAX_VALUE)).stream().filter(f -> f.projected() instanceof Puntal).toList();
            Map<org.griddesk.map.layer.Feature, Geometry> projected = new IdentityHashMap<>();
            points.forEach(f -> projected.put(f.feature(), f.projected()));
            List<ClusterSymbol> symbols = new ArrayList<>();
            for (PointCluster c : GridClusterer.cluster(points, cellSize)) {
                symbols.add(new ClusterSymbol(c, c.size() == 1 ? projected.get(c.members().get(0)) : null));
            }
            clusterSymbols = List.copyOf(symbols);
            clusterCellSize = cellSize;
        }
        return clusterSymbols;
    }

    /** Where a feature's label sits (Web Mercator), computed once per feature. */
    Coordinate labelAnchor(ProjectedFeature feature) {
        return labelAnchors.computeIfAbsent(feature, f -> LabelPainter.anchor(f.projected()));
    }

    /** A cluster as drawn; a lone point keeps its projected geometry so it is drawn as itself. */
    record ClusterSymbol(PointCluster cluster, Geometry single) {
    }
}
