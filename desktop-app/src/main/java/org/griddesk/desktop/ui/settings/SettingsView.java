package org.griddesk.desktop.ui.settings;

import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.common.DisplayMode;
import org.griddesk.desktop.ui.common.FieldMessages;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.passphrase.NewPassphraseForm;
import org.griddesk.desktop.ui.passphrase.PassphraseStrengthBar;

/** The settings workspace: language, 长辈版 and zoom, idle lock, 今日's visit reminder, passphrase change. */
public final class SettingsView {

    private final SettingsViewModel viewModel;
    private final Localization localization;
    private final DisplayMode display;

    private final java.util.List<Node> extraSections = new java.util.ArrayList<>();

    public SettingsView(SettingsViewModel viewModel, Localization localization, DisplayMode display) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.display = display;
    }

    /** A section another feature adds (练习模式), shown first under the heading. */
    public SettingsView withSection(Node section) {
        extraSections.add(section);
        return this;
    }

    public Region build() {
        Label heading = label("settings.title");
        heading.getStyleClass().add("workspace-title");
        VBox page = new VBox(20, heading, languageSection(),
                section("settings.display.title", "settings.display.hint", DisplaySection.content(display, localization)),
                idleLockSection(), visitSection(), section("settings.scanner.title", "settings.scanner.hint",
                        ScannerFolderSection.content(viewModel.scannerFolder(), localization)), passphraseSection());
        page.getChildren().addAll(1, extraSections);
        page.setId("settingsWorkspace");
        page.getStyleClass().add("settings-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node languageSection() {
        ToggleGroup group = new ToggleGroup();
        RadioButton chinese = languageChoice("languageChinese", "language.chinese", Localization.CHINESE, group);
        RadioButton english = languageChoice("languageEnglish", "language.english", Localization.ENGLISH, group);
        viewModel.languageProperty().addListener((observable, before, now) -> select(now, chinese, english));
        select(viewModel.languageProperty().get(), chinese, english);
        return section("settings.language.title", "settings.language.hint", new HBox(16, chinese, english));
    }

    private RadioButton languageChoice(String id, String key, Locale locale, ToggleGroup group) {
        RadioButton choice = new RadioButton();
        choice.setId(id);
        choice.textProperty().bind(localization.bind(key));
        choice.setToggleGroup(group);
        choice.setOnAction(event -> viewModel.switchLanguage(locale));
        return choice;
    }

    private static void select(Locale locale, RadioButton chinese, RadioButton english) {
        (Localization.ENGLISH.equals(locale) ? english : chinese).setSelected(true);
    }

    private Node idleLockSection() {
        TextField minutes = new TextField();
        minutes.setId("idleLockMinutes");
        minutes.setPrefColumnCount(5);
        minutes.textProperty().bindBidirectional(viewModel.idleLockMinutesProperty());
        minutes.setOnAction(event -> viewModel.saveIdleLock());
        Label unit = label("settings.idleLock.unit");
        Button save = button("saveIdleLock", "settings.idleLock.save");
        save.setOnAction(event -> viewModel.saveIdleLock());
        HBox row = new HBox(8, minutes, unit, save);
        row.getStyleClass().add("form-row");
        Label saved = FieldMessages.errorLabel("idleLockSaved", viewModel.idleLockSavedProperty(), localization);
        saved.getStyleClass().setAll("label", "field-success");
        return section("settings.idleLock.title", "settings.idleLock.hint", row,
                FieldMessages.errorLabel("idleLockError", viewModel.idleLockErrorProperty(), localization), saved);
    }

    private Node visitSection() {
        VisitReminderSetting setting = viewModel.visitReminder();
        TextField days = new TextField();
        days.setId("visitReminderDays");
        days.setPrefColumnCount(5);
        days.textProperty().bindBidirectional(setting.daysProperty());
        days.setOnAction(event -> setting.save());
        Button save = button("saveVisitReminder", "settings.visits.save");
        save.setOnAction(event -> setting.save());
        HBox row = new HBox(8, days, label("settings.visits.unit"), save);
        row.getStyleClass().add("form-row");
        Label saved = FieldMessages.errorLabel("visitReminderSaved", setting.savedProperty(), localization);
        saved.getStyleClass().setAll("label", "field-success");
        return section("settings.visits.title", "settings.visits.hint", row,
                FieldMessages.errorLabel("visitReminderError", setting.errorProperty(), localization), saved);
    }

    private Node passphraseSection() {
        NewPassphraseForm form = viewModel.newPassphrase();
        PasswordField current = password("currentPassphrase");
        current.textProperty().bindBidirectional(viewModel.currentPassphraseProperty());
        PasswordField next = password("newPassphrase");
        next.textProperty().bindBidirectional(form.passphraseProperty());
        PasswordField repeat = password("newPassphraseRepeat");
        repeat.textProperty().bindBidirectional(form.repeatProperty());
        Button change = button("changePassphraseButton", "settings.passphrase.change");
        change.disableProperty().bind(viewModel.changingPassphraseProperty());
        change.setOnAction(event -> viewModel.changePassphrase());
        repeat.setOnAction(event -> viewModel.changePassphrase());
        VBox fields = new VBox(6,
                label("settings.passphrase.current"), current,
                FieldMessages.errorLabel("currentPassphraseError", viewModel.currentPassphraseErrorProperty(),
                        localization),
                label("settings.passphrase.new"), next, new PassphraseStrengthBar(form.strengthProperty(), localization),
                FieldMessages.errorLabel("newPassphraseError", form.passphraseErrorProperty(), localization),
                label("settings.passphrase.repeat"), repeat,
                FieldMessages.errorLabel("newPassphraseRepeatError", form.repeatErrorProperty(), localization),
                change);
        // 420 px at the normal size, growing with the zoom and 长辈版 (griddesk.css)
        fields.getStyleClass().add("passphrase-fields");
        fields.disableProperty().bind(viewModel.changingPassphraseProperty());
        return section("settings.passphrase.title", "settings.passphrase.hint", fields);
    }

    private Node section(String titleKey, String hintKey, Node... content) {
        Label title = label(titleKey);
        title.getStyleClass().add("section-title");
        Label hint = label(hintKey);
        hint.getStyleClass().add("section-hint");
        VBox section = new VBox(8, title, hint);
        section.getChildren().addAll(content);
        section.getStyleClass().add("settings-section");
        return section;
    }

    private PasswordField password(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        return field;
    }

    private Button button(String id, String key) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(localization.bind(key));
        return button;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(localization.bind(key));
        label.setWrapText(true);
        return label;
    }
}
