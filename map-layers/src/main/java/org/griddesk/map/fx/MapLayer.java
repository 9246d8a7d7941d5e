package org.griddesk.map.fx;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.griddesk.map.index.FeatureIndex;
import org.griddesk.map.layer.FeatureLayer;
import org.griddesk.map.layer.Layer;
import org.griddesk.map.layer.TileLayer;
import org.griddesk.map.style.LayerStyle;

/** A layer as shown on the map: its data, style, visibility and opacity, and its spatial index. */
public final class MapLayer {

    private final Layer layer;
    private final LayerStyle style;
    private final FeatureIndex index;
    private final TileImageCache tiles;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", 1.0);

    public MapLayer(Layer layer, LayerStyle style) {
        this.layer = layer;
        this.style = style;
        this.index = layer instanceof FeatureLayer f ? FeatureIndex.of(f.features()) : FeatureIndex.of(List.of());
        this.tiles = layer instanceof TileLayer t ? new TileImageCache(t) : null;
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
}
