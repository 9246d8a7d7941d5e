package org.griddesk.map.fx;

import javafx.scene.paint.Color;
import org.griddesk.map.style.Rgba;

final class FxColors {

    private FxColors() {
    }

    static Color of(Rgba c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }
}
