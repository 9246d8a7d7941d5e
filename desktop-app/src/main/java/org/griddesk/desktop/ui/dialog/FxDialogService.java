package org.griddesk.desktop.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.FileChooser;

import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;

/** Modal JavaFX alerts, translated, owned by the main window so they stay on top of it. */
public final class FxDialogService implements DialogService {

    private final Localization localization;
    private final Supplier<Window> owner;

    public FxDialogService(Localization localization, Supplier<Window> owner) {
        this.localization = localization;
        this.owner = owner;
    }

    @Override
    public void showInformation(Message title, Message content) {
        alert(Alert.AlertType.INFORMATION, title, content).showAndWait();
    }

    @Override
    public void showError(Message title, Message content) {
        alert(Alert.AlertType.ERROR, title, content).showAndWait();
    }

    @Override
    public boolean showConfirmation(Message title, Message content) {
        return alert(Alert.AlertType.CONFIRMATION, title, content).showAndWait()
                .filter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .isPresent();
    }

    @Override
    public Optional<Path> chooseFileToSave(Message title, String fileName, Message filterName, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(localization.lang(title));
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(localization.lang(filterName), pattern));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(Message title, Message filterName, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(localization.lang(title));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(localization.lang(filterName), patterns));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(java.io.File::toPath);
    }

    private Alert alert(Alert.AlertType type, Message title, Message content) {
        Alert alert = new Alert(type, localization.lang(content));
        alert.setTitle(localization.lang(title));
        alert.setHeaderText(localization.lang(title));
        alert.getButtonTypes().setAll(buttons(type));
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
            looksLikeOwner(alert, window);
        }
        return alert;
    }

    /** A dialog is a window of its own: it takes the owner's stylesheet, zoomed font and 长辈版 class. */
    private static void looksLikeOwner(Alert alert, Window window) {
        if (window.getScene() == null) {
            return;
        }
        javafx.scene.Parent root = window.getScene().getRoot();
        alert.getDialogPane().getStylesheets().addAll(window.getScene().getStylesheets());
        alert.getDialogPane().setStyle(root.getStyle());
        root.getStyleClass().stream().filter(name -> name.equals("griddesk") || name.equals("elder"))
                .forEach(alert.getDialogPane().getStyleClass()::add);
    }

    /**
     * JavaFX names its stock buttons in the JVM's language, not the app's: a Chinese screen on an English system
     * showed "OK". The app's own bundles name them instead.
     */
    List<ButtonType> buttons(Alert.AlertType type) {
        ButtonType ok = new ButtonType(localization.lang("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        if (type != Alert.AlertType.CONFIRMATION) {
            return List.of(ok);
        }
        return List.of(ok, new ButtonType(localization.lang("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }
}
