package org.griddesk.desktop.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons from the bundled Material font, so they render the same with or without system icon themes. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon icon(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        // griddesk.css sizes icons by this class, because the theme's rules would otherwise win over setIconSize.
        icon.getStyleClass().add("icon-" + size);
        return icon;
    }
}
