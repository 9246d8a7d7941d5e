package org.griddesk.desktop.ui.common;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

import org.griddesk.desktop.ui.i18n.Localization;
import org.kordamp.ikonli.material2.Material2MZ;

/** The 长辈版 switch, named as the MIIT rules ask; the shell's rail and 设置 each show one, both on one choice. */
public final class LargeModeSwitch {

    private LargeModeSwitch() {
    }

    public static ToggleButton create(String id, DisplayMode mode, Localization localization) {
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.textProperty().bind(localization.bind("display.large"));
        button.setGraphic(Icons.icon(Material2MZ.TEXT_FIELDS, 20));
        button.getStyleClass().add("large-mode-switch");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(localization.bind("display.large.hint"));
        button.setTooltip(tip);
        button.selectedProperty().bindBidirectional(mode.largeProperty());
        return button;
    }
}
