package org.griddesk.desktop.ui.settings;

import java.io.File;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

import org.griddesk.desktop.ui.common.FieldMessages;
import org.griddesk.desktop.ui.i18n.Localization;

/** The controls of the 扫描文件夹 setting: the folder typed or chosen, saved with a word of what happened. */
final class ScannerFolderSection {

    private ScannerFolderSection() {
    }

    static Node content(ScannerFolderSetting setting, Localization localization) {
        TextField folder = new TextField();
        folder.setId("scannerFolder");
        folder.textProperty().bindBidirectional(setting.folderProperty());
        folder.setOnAction(event -> setting.save());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button();
        choose.setId("chooseScannerFolder");
        choose.textProperty().bind(localization.bind("settings.scanner.choose"));
        choose.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(localization.lang("settings.scanner.title"));
            File current = new File(setting.folderProperty().get() == null ? "" : setting.folderProperty().get());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File chosen = chooser.showDialog(choose.getScene().getWindow());
            if (chosen != null) {
                setting.folderProperty().set(chosen.getAbsolutePath());
                setting.save();
            }
        });
        Button save = new Button();
        save.setId("saveScannerFolder");
        save.textProperty().bind(localization.bind("settings.scanner.save"));
        save.setOnAction(event -> setting.save());
        HBox row = new HBox(8, folder, choose, save);
        row.getStyleClass().add("form-row");
        Label saved = FieldMessages.errorLabel("scannerFolderSaved", setting.savedProperty(), localization);
        saved.getStyleClass().setAll("label", "field-success");
        return new VBox(8, row, FieldMessages.errorLabel("scannerFolderError", setting.errorProperty(), localization),
                saved);
    }
}
