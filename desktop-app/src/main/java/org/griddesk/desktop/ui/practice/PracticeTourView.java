package org.griddesk.desktop.ui.practice;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.common.Icons;
import org.griddesk.desktop.ui.i18n.Localization;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The small side panel of the practice tour: the five steps, each with what to do, a button to the workspace where
 * it is done, and 已完成 / 未完成 in words beside the icon. It can be hidden; the banner brings it back.
 */
final class PracticeTourView {

    private PracticeTourView() {
    }

    static Region of(PracticeTourViewModel viewModel, Localization localization) {
        Label title = new Label();
        title.textProperty().bind(localization.bind("practice.tour.title"));
        title.getStyleClass().add("section-title");
        Button hide = new Button();
        hide.setId("hidePracticeTour");
        hide.textProperty().bind(localization.bind("practice.tour.hide"));
        hide.setOnAction(event -> viewModel.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, hide);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox panel = new VBox(10, header);
        for (PracticeTourViewModel.StepLine line : viewModel.lines()) {
            panel.getChildren().add(stepRow(line, viewModel, localization));
        }
        Label allDone = new Label();
        allDone.setId("practiceTourAllDone");
        allDone.textProperty().bind(localization.bind("practice.tour.allDone"));
        allDone.setWrapText(true);
        allDone.setGraphic(Icons.icon(Material2AL.EMOJI_EVENTS, 18));
        allDone.visibleProperty().bind(viewModel.finishedProperty());
        allDone.managedProperty().bind(allDone.visibleProperty());
        panel.getChildren().add(allDone);
        panel.setId("practiceTourSteps");
        panel.getStyleClass().add("practice-tour");
        panel.setPrefWidth(270);
        panel.setMinWidth(220);
        // in 长辈版 the steps are taller than the window: they scroll instead of shortening their hints to '…'
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setId("practiceTour");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(0);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.visibleProperty().bind(viewModel.shownProperty());
        scroll.managedProperty().bind(viewModel.shownProperty());
        return scroll;
    }

    private static Region stepRow(PracticeTourViewModel.StepLine line, PracticeTourViewModel viewModel,
                                  Localization localization) {
        Label title = new Label();
        title.textProperty().bind(localization.bind("practice.step." + line.id() + ".title"));
        title.getStyleClass().add("practice-step-title");
        title.setWrapText(true);
        Label hint = new Label();
        hint.textProperty().bind(localization.bind("practice.step." + line.id() + ".hint"));
        hint.setWrapText(true);
        Label state = new Label();
        state.setId("practiceStepState-" + line.id());
        Button go = new Button();
        go.setId("practiceGo-" + line.id());
        go.textProperty().bind(localization.bind("practice.tour.go"));
        go.setOnAction(event -> viewModel.goTo(line));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, state, gap, go);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(4, title, hint, actions);
        row.setId("practiceStep-" + line.id());
        row.getStyleClass().add("practice-step");
        showState(state, row, line.done().get(), localization);
        line.done().addListener((observable, before, now) -> showState(state, row, now, localization));
        return row;
    }

    private static void showState(Label state, Region row, boolean done, Localization localization) {
        state.textProperty().bind(localization.bind(done ? "practice.tour.done" : "practice.tour.todo"));
        state.setGraphic(Icons.icon(done ? Material2AL.CHECK_CIRCLE : Material2MZ.RADIO_BUTTON_UNCHECKED, 18));
        row.getStyleClass().remove("practice-step-done");
        if (done) {
            row.getStyleClass().add("practice-step-done");
        }
    }
}
