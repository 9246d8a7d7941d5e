package org.griddesk.desktop.ui.common;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import org.griddesk.desktop.ui.i18n.Localization;

/**
 * Says why a button cannot be used right now. JavaFX shows no tooltip on a disabled control, so the button sits in
 * a label that carries the tooltip while (and only while) the button is disabled.
 */
public final class DisabledHint {

    private DisabledHint() {
    }

    public static Label wrap(ButtonBase button, String key, Localization localization) {
        Label holder = new Label(null, button);
        holder.setId(button.getId() == null ? null : button.getId() + "Holder");
        Tooltip why = new Tooltip();
        why.textProperty().bind(localization.bind(key));
        holder.tooltipProperty().bind(Bindings.when(button.disabledProperty()).then(why).otherwise((Tooltip) null));
        return holder;
    }
}
