package org.griddesk.desktop.ui.shell;

import java.util.function.Function;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.common.Icons;
import org.griddesk.desktop.ui.i18n.Localization;

/** The main screen once unlocked: navigation rail on the left, the open workspace, the status bar below. */
public final class ShellView {

    private final ShellViewModel viewModel;
    private final Localization localization;
    private final Function<Workspace, Region> workspaceContent;
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private VBox rail;

    public ShellView(ShellViewModel viewModel, Localization localization, Function<Workspace, Region> workspaceContent,
                     Region statusBar) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.workspaceContent = workspaceContent;
        content.setId("workspaceContent");
        content.getStyleClass().add("workspace-content");
        root.setId("shell");
        root.setLeft(scrolling(rail()));
        root.setCenter(content);
        root.setBottom(statusBar);
        viewModel.selectedProperty().addListener((observable, before, now) -> show(now));
        show(viewModel.selectedProperty().get());
    }

    public Region root() {
        return root;
    }

    private Region rail() {
        ToggleGroup group = new ToggleGroup();
        rail = new VBox(4);
        rail.setId("navigationRail");
        rail.getStyleClass().add("navigation-rail");
        rail.setAlignment(Pos.TOP_CENTER);
        for (Workspace workspace : viewModel.allWorkspaces()) {
            ToggleButton button = new ToggleButton();
            button.visibleProperty().bind(viewModel.shown(workspace));
            button.managedProperty().bind(button.visibleProperty());
            button.setId("nav-" + workspace.id());
            button.textProperty().bind(localization.bind(workspace.labelKey()));
            button.setGraphic(Icons.icon(workspace.icon(), 24));
            button.setContentDisplay(ContentDisplay.TOP);
            button.getStyleClass().add("rail-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setSelected(workspace == viewModel.selectedProperty().get());
            button.setOnAction(event -> {
                // A toggle group lets the open workspace be clicked off; the rail always keeps one open.
                button.setSelected(true);
                viewModel.open(workspace);
            });
            viewModel.selectedProperty().addListener((observable, before, now) -> button.setSelected(now == workspace));
            rail.getChildren().add(button);
        }
        return rail;
    }

    /**
     * The rail scrolls when it is taller than the window (长辈版 at 200 %, or under the practice banner); without
     * that its height pushed the whole window past the screen, cutting off the top and the status bar.
     */
    private static Region scrolling(Region rail) {
        ScrollPane scroll = new ScrollPane(rail);
        scroll.setId("navigationRailScroll");
        scroll.setFitToWidth(true);
        // at least as tall as the window, so the footer sits at the bottom; never squeezed below its buttons' height
        rail.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(0, Math.floor(scroll.getViewportBounds().getHeight()) - 1), scroll.viewportBoundsProperty()));
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        scroll.setMinHeight(0);
        scroll.getStyleClass().addAll("edge-to-edge", "navigation-rail-scroll");
        return scroll;
    }

    /** Keyboard users start at the rail: Tab goes on into the workspace, Space opens the focused one. */
    public void focusRail() {
        rail.getChildren().stream().filter(node -> node instanceof ToggleButton toggle && toggle.isSelected())
                .findFirst().ifPresent(javafx.scene.Node::requestFocus);
    }

    /** A control kept at the foot of the rail, below the workspaces (the 长辈版 switch). */
    public void addRailFooter(javafx.scene.Node footer) {
        Region gap = new Region();
        VBox.setVgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        rail.getChildren().addAll(gap, footer);
    }

    private void show(Workspace workspace) {
        content.getChildren().setAll(workspaceContent.apply(workspace));
    }
}
