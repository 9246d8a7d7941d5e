package org.griddesk.desktop.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** AtlantaFX PrimerLight: griddesk.css builds on its colour variables (-color-accent-fg and friends). */
final class Theme {

    private Theme() {
    }

    static void apply() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }
}
