package org.griddesk.desktop.ui.practice;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.common.Icons;
import org.griddesk.desktop.ui.i18n.Localization;
import org.kordamp.ikonli.material2.Material2MZ;

/** The ways into practice mode (entry screens, 设置) and the short wait while it starts or ends. */
final class PracticeEntry {

    private PracticeEntry() {
    }

    static Region belowEntry(Region entryScreen, Localization localization, Runnable enter) {
        Button button = enterButton("enterPracticeButton", localization, enter);
        Label hint = new Label();
        hint.textProperty().bind(localization.bind("practice.enter.hint"));
        hint.setId("practiceEntryHint");
        hint.setWrapText(true);
        VBox box = new VBox(6, button, hint);
        box.setId("practiceEntry");
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(0, 16, 24, 16));
        BorderPane page = new BorderPane(entryScreen);
        page.setBottom(box);
        BorderPane.setAlignment(box, Pos.CENTER);
        page.getStyleClass().add("entry-page");
        return page;
    }

    /** The 练习模式 section of 设置: entering locks the real store first. */
    static Node settingsSection(Localization localization, Runnable enter) {
        Label title = new Label();
        title.textProperty().bind(localization.bind("practice.enter.settings.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label();
        hint.textProperty().bind(localization.bind("practice.enter.settings.hint"));
        hint.getStyleClass().add("section-hint");
        hint.setWrapText(true);
        VBox section = new VBox(8, title, hint, enterButton("enterPracticeFromSettings", localization, enter));
        section.setId("practiceSettings");
        section.getStyleClass().add("settings-section");
        return section;
    }

    private static Button enterButton(String id, Localization localization, Runnable enter) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(localization.bind("practice.enter"));
        button.setGraphic(Icons.icon(Material2MZ.SCHOOL, 18));
        button.setOnAction(event -> enter.run());
        return button;
    }

    static Region busy(Localization localization, String key) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        Label text = new Label();
        text.textProperty().bind(localization.bind(key));
        VBox box = new VBox(12, spinner, text);
        box.setAlignment(Pos.CENTER);
        StackPane page = new StackPane(box);
        page.setId("practiceBusy");
        return page;
    }
}
