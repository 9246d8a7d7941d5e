package org.griddesk.desktop.ui.firststart;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.common.FocusWhenShown;
import org.griddesk.desktop.ui.common.CardLayout;
import org.griddesk.desktop.ui.common.EntryLanguageViewModel;
import org.griddesk.desktop.ui.common.FieldMessages;
import org.griddesk.desktop.ui.common.Icons;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.passphrase.NewPassphraseForm;
import org.griddesk.desktop.ui.passphrase.PassphraseStrengthBar;
import org.kordamp.ikonli.material2.Material2MZ;

/** Choose the passphrase twice, see its strength, read why it matters and that it cannot be recovered. */
public final class FirstStartView {

    private final FirstStartViewModel viewModel;
    private final Localization localization;
    private final EntryLanguageViewModel language;
    private final PasswordField passphrase = new PasswordField();
    private final Region root;

    public FirstStartView(FirstStartViewModel viewModel, EntryLanguageViewModel language, Localization localization) {
        this.viewModel = viewModel;
        this.language = language;
        this.localization = localization;
        this.root = build();
    }

    public Region root() {
        return root;
    }

    public void focus() {
        FocusWhenShown.request(passphrase);
    }

    private Region build() {
        NewPassphraseForm form = viewModel.form();
        Label explanation = new Label();
        explanation.setId("passphraseExplanation");
        explanation.textProperty().bind(localization.bind("firstStart.explanation"));
        explanation.setWrapText(true);
        explanation.setGraphic(Icons.icon(Material2MZ.SECURITY, 20));
        explanation.getStyleClass().add("warning-text");

        Label passphraseLabel = mnemonicLabel("firstStart.passphrase");
        passphrase.setId("passphrase");
        passphrase.textProperty().bindBidirectional(form.passphraseProperty());
        passphraseLabel.setLabelFor(passphrase);
        PasswordField repeat = new PasswordField();
        repeat.setId("passphraseRepeat");
        repeat.textProperty().bindBidirectional(form.repeatProperty());
        Label repeatLabel = mnemonicLabel("firstStart.repeat");
        repeatLabel.setLabelFor(repeat);
        passphrase.setOnAction(event -> {
            // Enter in the first field moves on to the repeat field instead of submitting half a form.
            event.consume();
            repeat.requestFocus();
        });

        Button create = new Button();
        create.setId("createButton");
        create.textProperty().bind(localization.bind("firstStart.create"));
        create.setDefaultButton(true);
        create.getStyleClass().add("accent");
        create.setMaxWidth(Double.MAX_VALUE);
        create.disableProperty().bind(viewModel.createDisabledProperty());
        create.setOnAction(event -> viewModel.create());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        HBox progress = new HBox(8, spinner, label("firstStart.progress"));
        progress.getStyleClass().add("progress-row");
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        VBox fields = new VBox(8, passphraseLabel, passphrase,
                new PassphraseStrengthBar(form.strengthProperty(), localization),
                FieldMessages.errorLabel("passphraseError", form.passphraseErrorProperty(), localization),
                repeatLabel, repeat,
                FieldMessages.errorLabel("repeatError", form.repeatErrorProperty(), localization),
                FieldMessages.errorLabel("firstStartError", viewModel.errorProperty(), localization));
        fields.disableProperty().bind(viewModel.busyProperty());
        return CardLayout.centredCard(localization, language, "firstStart.title", explanation, fields, progress, create);
    }

    private Label mnemonicLabel(String key) {
        Label label = label(key);
        label.setMnemonicParsing(true);
        return label;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(localization.bind(key));
        label.setWrapText(true);
        return label;
    }
}
