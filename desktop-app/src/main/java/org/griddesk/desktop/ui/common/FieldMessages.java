package org.griddesk.desktop.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;

/**
 * The small red text under a field that says what is wrong with it. It keeps its line while there is nothing to
 * say: an error appearing must not push the buttons under it away from where the worker is about to click.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static Label errorLabel(String id, ObservableValue<Message> message, Localization localization) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(localization.bind(message));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }
}
