package org.griddesk.desktop.ui.practice;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.griddesk.desktop.ui.common.Icons;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The strip above every screen of a practice session: an icon and the word 练习模式 (never colour alone), what it
 * means, how the practice platform is doing, and the ways out.
 */
final class PracticeBanner {

    private PracticeBanner() {
    }

    static Region of(Localization localization, ObservableValue<Message> platformLine, Runnable toggleSteps,
                     Runnable restart, Runnable leave) {
        Label word = new Label();
        word.setId("practiceBannerWord");
        word.textProperty().bind(localization.bind("practice.banner.word"));
        word.setGraphic(Icons.icon(Material2MZ.SCHOOL, 20));
        word.getStyleClass().add("practice-banner-word");
        Label text = new Label();
        text.setId("practiceBannerText");
        text.textProperty().bind(localization.bind("practice.banner.text"));
        Label platform = new Label();
        platform.setId("practicePlatform");
        platform.textProperty().bind(localization.bind(platformLine));
        platform.getStyleClass().add("practice-banner-detail");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button steps = button("practiceStepsButton", "practice.banner.steps", Material2AL.LIST, localization, toggleSteps);
        Button startOver = button("practiceRestartButton", "practice.banner.restart", Material2MZ.REPLAY, localization,
                restart);
        Button leaveButton = button("leavePracticeButton", "practice.banner.leave", Material2AL.EXIT_TO_APP,
                localization, leave);
        HBox banner = new HBox(12, word, text, platform, gap, steps, startOver, leaveButton);
        banner.setId("practiceBanner");
        banner.getStyleClass().add("practice-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        return banner;
    }

    private static Button button(String id, String key, org.kordamp.ikonli.Ikon icon, Localization localization,
                                 Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(localization.bind(key));
        button.setGraphic(Icons.icon(icon, 18));
        button.getStyleClass().add("practice-banner-button");
        button.setOnAction(event -> action.run());
        return button;
    }
}
