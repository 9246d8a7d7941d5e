package org.griddesk.desktop.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.common.Icons;
import org.griddesk.desktop.ui.i18n.Localization;

/**
 * An honest empty state for a workspace whose feature is not built yet: what will be here and the first action,
 * disabled and saying so, with no made-up data.
 */
public final class EmptyWorkspaces {

    private EmptyWorkspaces() {
    }

    public static Region of(Workspace workspace, Localization localization) {
        Label title = new Label();
        title.setId(workspace.id() + "Title");
        title.textProperty().bind(localization.bind(workspace.key("title")));
        title.setGraphic(Icons.icon(workspace.icon(), 56));
        title.setContentDisplay(ContentDisplay.TOP);
        title.getStyleClass().add("empty-title");

        Label description = new Label();
        description.textProperty().bind(localization.bind(workspace.key("description")));
        description.setWrapText(true);
        description.getStyleClass().add("empty-description");
        description.setMaxWidth(520);

        Button action = new Button();
        action.setId(workspace.id() + "FirstAction");
        action.textProperty().bind(localization.bind(workspace.key("action")));
        action.setDisable(true);
        Tooltip later = new Tooltip();
        later.textProperty().bind(localization.bind("workspace.comingLater"));
        action.setTooltip(later);
        // A disabled button receives no mouse events, so the tooltip hangs on a wrapper that does.
        VBox actionHolder = new VBox(action);
        actionHolder.setAlignment(Pos.CENTER);
        Tooltip.install(actionHolder, later);

        Label comingLater = new Label();
        comingLater.textProperty().bind(localization.bind("workspace.comingLater"));
        comingLater.getStyleClass().add("empty-hint");

        VBox box = new VBox(16, title, description, actionHolder, comingLater);
        box.setId(workspace.id() + "Workspace");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-workspace");
        return box;
    }
}
