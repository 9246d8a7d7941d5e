package org.griddesk.desktop.ui.unlock;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.griddesk.desktop.ui.common.FocusWhenShown;
import org.griddesk.desktop.ui.common.CardLayout;
import org.griddesk.desktop.ui.common.EntryLanguageViewModel;
import org.griddesk.desktop.ui.common.DemoNotice;
import org.griddesk.desktop.ui.common.FieldMessages;
import org.griddesk.desktop.ui.common.Icons;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.kordamp.ikonli.material2.Material2AL;

/** Passphrase field, unlock button, progress while the store opens, the demo box in demo mode. */
public final class UnlockView {

    private final UnlockViewModel viewModel;
    private final Localization localization;
    private final EntryLanguageViewModel language;
    private final Timeline countdown;
    private final PasswordField passphrase = new PasswordField();
    private final Region root;

    public UnlockView(UnlockViewModel viewModel, EntryLanguageViewModel language, Localization localization) {
        this.viewModel = viewModel;
        this.language = language;
        this.localization = localization;
        this.countdown = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.refreshCountdown()));
        countdown.setCycleCount(Animation.INDEFINITE);
        this.root = build();
        // The ticking timeline would keep this screen alive after it is replaced, so it runs only while shown.
        root.sceneProperty().addListener((observable, before, now) -> {
            if (now == null) {
                countdown.stop();
            } else {
                countdown.play();
            }
        });
    }

    public Region root() {
        return root;
    }

    public void focus() {
        FocusWhenShown.request(passphrase);
    }

    private Region build() {
        Label prompt = new Label();
        prompt.textProperty().bind(localization.bind("unlock.passphrase"));
        prompt.setLabelFor(passphrase);
        prompt.setMnemonicParsing(true);
        passphrase.setId("passphrase");
        passphrase.textProperty().bindBidirectional(viewModel.passphraseProperty());
        passphrase.disableProperty().bind(viewModel.busyProperty());
        // Disabling the field while the store opens takes the focus away; a retry should not need the mouse.
        viewModel.busyProperty().addListener((observable, wasBusy, busy) -> {
            if (!busy) {
                passphrase.requestFocus();
            }
        });

        Label error = FieldMessages.errorLabel("unlockError", viewModel.errorProperty(), localization);
        Label wait = FieldMessages.errorLabel("unlockWait", viewModel.waitMessageProperty(), localization);

        Button unlock = new Button();
        unlock.setId("unlockButton");
        unlock.textProperty().bind(localization.bind("unlock.button"));
        unlock.setGraphic(Icons.icon(Material2AL.LOCK_OPEN, 18));
        // Enter in the passphrase field reaches the default button, so unlocking needs no mouse.
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add("accent");
        unlock.setMaxWidth(Double.MAX_VALUE);
        unlock.disableProperty().bind(viewModel.unlockDisabledProperty());
        unlock.setOnAction(event -> viewModel.unlock());

        VBox content = new VBox(8, prompt, passphrase, error, wait, progressRow(), unlock);
        viewModel.demo().ifPresent(demo -> content.getChildren().add(demoBox(demo)));
        return CardLayout.centredCard(localization, language, "unlock.title", content);
    }

    private Node progressRow() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("unlockProgress");
        spinner.setPrefSize(22, 22);
        Label text = new Label();
        text.textProperty().bind(localization.bind("unlock.progress"));
        HBox row = new HBox(8, spinner, text);
        row.getStyleClass().add("progress-row");
        row.visibleProperty().bind(viewModel.busyProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Label platformLine(DemoNotice demo) {
        ObjectProperty<Message> line = new SimpleObjectProperty<>(demo.platformUrl()
                .map(url -> new Message("demo.platform", url))
                .orElseGet(() -> new Message("demo.platform.starting")));
        demo.platformUrlUpdates().whenKnown(
                url -> Platform.runLater(() -> line.set(new Message("demo.platform", url))));
        Label platform = new Label();
        platform.setId("demoPlatform");
        platform.textProperty().bind(localization.bind(line));
        return platform;
    }

    private Node demoBox(DemoNotice demo) {
        Label heading = new Label();
        heading.textProperty().bind(localization.bind("demo.heading"));
        heading.setGraphic(Icons.icon(Material2AL.INFO, 18));
        heading.getStyleClass().add("demo-heading");
        Label passphraseLine = new Label();
        passphraseLine.setId("demoPassphrase");
        passphraseLine.textProperty().bind(localization.bind("demo.passphrase", demo.passphrase()));
        VBox box = new VBox(4, heading, passphraseLine);
        demo.platformUser().ifPresent(user -> {
            Label account = new Label();
            account.setId("demoAccount");
            account.textProperty().bind(localization.bind("demo.account", user, demo.platformPassword().orElse("")));
            box.getChildren().add(account);
        });
        box.getChildren().add(platformLine(demo));
        box.setId("demoNotice");
        box.getStyleClass().add("demo-notice");
        return box;
    }
}
