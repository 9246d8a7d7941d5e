package org.griddesk.desktop.service.map;

import java.nio.file.Path;

import org.griddesk.map.layer.Layer;
import org.griddesk.map.style.LayerStyle;

/**
 * A layer the map should draw, with the style to draw it in and where it comes from ({@code file} is null for
 * the layers made from records).
 */
public record ShownLayer(Layer layer, LayerStyle style, LayerRole role, Path file) {

    public ShownLayer(Layer layer, LayerStyle style, LayerRole role) {
        this(layer, style, role, null);
    }

    public String name() {
        return layer.name();
    }

    public String title() {
        return layer.title();
    }
}
