package org.griddesk.desktop.ui.statusbar;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

import org.griddesk.desktop.ui.common.Icons;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Always visible at the bottom of the shell: connection, pending changes, open conflicts, last sync. */
public final class StatusBarView {

    private StatusBarView() {
    }

    public static Region of(StatusBarViewModel viewModel, Localization localization) {
        Circle dot = new Circle(5);
        dot.setId("onlineDot");
        dot.getStyleClass().add("status-dot");
        Runnable restyle = () -> {
            dot.getStyleClass().removeAll("online", "offline");
            if (viewModel.knownProperty().get()) {
                dot.getStyleClass().add(viewModel.onlineProperty().get() ? "online" : "offline");
            }
        };
        viewModel.onlineProperty().addListener((observable, before, now) -> restyle.run());
        viewModel.knownProperty().addListener((observable, before, now) -> restyle.run());
        restyle.run();

        Label connection = text("statusConnection", viewModel.connectionProperty(), localization, null);
        connection.setGraphic(dot);
        HBox bar = new HBox(12, connection, new Separator(Orientation.VERTICAL),
                text("statusPending", viewModel.pendingProperty(), localization, Material2MZ.SYNC),
                text("statusConflicts", viewModel.conflictsProperty(), localization, Material2AL.CALL_SPLIT),
                text("statusLastSync", viewModel.lastSyncProperty(), localization, Material2AL.ACCESS_TIME));
        bar.setId("statusBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static Label text(String id, ObservableValue<Message> message, Localization localization, Ikon icon) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(localization.bind(message));
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (icon != null) {
            label.setGraphic(Icons.icon(icon, 14));
        }
        return label;
    }
}
