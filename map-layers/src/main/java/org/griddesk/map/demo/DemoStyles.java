package org.griddesk.map.demo;

import org.griddesk.map.style.LayerStyle;
import org.griddesk.map.style.Rgba;

/** The look of the demo village's layers, labelled by their Chinese {@code name} attribute. */
public final class DemoStyles {

    private DemoStyles() {
    }

    public static LayerStyle forLayer(String layerName) {
        LayerStyle base = LayerStyle.defaults();
        return switch (layerName) {
            case "village_boundary" -> base.withPolygon(Rgba.hex("#f7f4e900"), Rgba.hex("#8c2d04"), 2.5);
            case "grid_cells" -> base.withPolygon(Rgba.hex("#fdd0a233"), Rgba.hex("#e6550d"), 1)
                    .withLabel("name", Rgba.hex("#a63603"), 13);
            case "river" -> base.withLine(6, Rgba.hex("#6baed6"));
            case "roads" -> base.withLine(3, Rgba.hex("#969696")).withLabel("name", Rgba.hex("#252525"), 12);
            case "buildings" -> base.withPolygon(Rgba.hex("#bdbdbd"), Rgba.hex("#636363"), 0.8);
            default -> base;
        };
    }
}
