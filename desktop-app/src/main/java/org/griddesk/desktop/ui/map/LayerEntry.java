package org.griddesk.desktop.ui.map;

import java.nio.file.Path;

import org.griddesk.desktop.service.map.LayerRole;
import org.griddesk.desktop.service.map.ShownLayer;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.map.fx.MapLayer;

/** A layer in the layer list: the map layer (with its visibility and opacity) and the name to show for it. */
public record LayerEntry(MapLayer mapLayer, LayerRole role, Message label, Path file) {

    static LayerEntry of(ShownLayer shown) {
        Message label = switch (shown.role()) {
            case HOUSEHOLDS -> new Message("map.layer.households");
            case ISSUES -> new Message("map.layer.issues");
            default -> new Message("map.layer.file", shown.title());
        };
        return new LayerEntry(new MapLayer(shown.layer(), shown.style()), shown.role(), label, shown.file());
    }

    /** Only layers the worker added can be taken off the map again. */
    public boolean removable() {
        return role == LayerRole.USER && file != null;
    }

    public String name() {
        return mapLayer.name();
    }
}
