package org.griddesk.desktop.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.common.DisplayChoice;
import org.griddesk.desktop.ui.common.DisplayMode;
import org.griddesk.desktop.ui.common.LargeModeSwitch;
import org.griddesk.desktop.ui.i18n.Localization;

/** 设置's 长辈版 switch and zoom buttons: the same choice as the rail's switch and the Ctrl+plus keys. */
final class DisplaySection {

    private DisplaySection() {
    }

    static Region content(DisplayMode display, Localization localization) {
        Button smaller = button("zoomOutButton", "display.zoom.out", localization);
        smaller.setOnAction(event -> display.zoomOut());
        smaller.disableProperty().bind(Bindings.createBooleanBinding(
                () -> display.choiceProperty().get().zoomPercent() <= DisplayChoice.MIN_ZOOM, display.choiceProperty()));
        Button larger = button("zoomInButton", "display.zoom.in", localization);
        larger.setOnAction(event -> display.zoomIn());
        larger.disableProperty().bind(Bindings.createBooleanBinding(
                () -> display.choiceProperty().get().zoomPercent() >= DisplayChoice.MAX_ZOOM, display.choiceProperty()));
        Button reset = button("zoomResetButton", "display.zoom.reset", localization);
        reset.setOnAction(event -> display.zoomReset());
        Label zoom = new Label();
        zoom.setId("zoomPercent");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> localization.lang("display.zoom.value", display.choiceProperty().get().zoomPercent()),
                display.choiceProperty(), localization.localeProperty()));
        HBox zoomRow = new HBox(8, smaller, zoom, larger, reset);
        zoomRow.getStyleClass().add("form-row");
        Label keys = new Label();
        keys.textProperty().bind(localization.bind("display.zoom.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().add("section-hint");
        return new VBox(10, LargeModeSwitch.create("settingsLargeMode", display, localization), zoomRow, keys);
    }

    private static Button button(String id, String key, Localization localization) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(localization.bind(key));
        return button;
    }
}
