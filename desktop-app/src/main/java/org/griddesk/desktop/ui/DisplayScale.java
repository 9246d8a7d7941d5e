package org.griddesk.desktop.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

import org.griddesk.desktop.ui.common.DisplayChoice;
import org.griddesk.desktop.ui.common.DisplayMode;

/**
 * Puts the display choice on the window's root: the root font (griddesk.css sizes text in em, so every screen
 * reflows instead of being scaled as a picture), the {@code elder} style class of 长辈版, and the zoom keys
 * Ctrl+plus (also Ctrl+= and the keypad's +), Ctrl+minus and Ctrl+0.
 */
final class DisplayScale {

    static final String LARGE_CLASS = "elder";

    private DisplayScale() {
    }

    static void install(Scene scene, Region root, DisplayMode mode) {
        // The font family goes in the same inline style as the size: setStyle replaces the whole style.
        Optional<String> family = FontStack.firstInstalled(Set.copyOf(Font.getFamilies()));
        Runnable restyle = () -> apply(root, family, mode.choiceProperty().get());
        mode.choiceProperty().addListener((observable, before, now) -> restyle.run());
        restyle.run();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (zoom(event, mode)) {
                event.consume();
            }
        });
    }

    private static void apply(Region root, Optional<String> family, DisplayChoice choice) {
        root.setStyle(family.map(name -> "-fx-font-family: \"" + name + "\"; ").orElse("")
                + String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", choice.rootFontPx()));
        if (choice.large()) {
            if (!root.getStyleClass().contains(LARGE_CLASS)) {
                root.getStyleClass().add(LARGE_CLASS);
            }
        } else {
            root.getStyleClass().remove(LARGE_CLASS);
        }
    }

    private static boolean zoom(KeyEvent event, DisplayMode mode) {
        if (!event.isShortcutDown() || event.isAltDown()) {
            return false;
        }
        switch (event.getCode()) {
            case PLUS, EQUALS, ADD -> mode.zoomIn();
            case MINUS, SUBTRACT -> mode.zoomOut();
            case DIGIT0, NUMPAD0 -> mode.zoomReset();
            default -> {
                return false;
            }
        }
        return true;
    }
}
