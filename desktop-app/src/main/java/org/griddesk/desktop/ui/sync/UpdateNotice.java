package org.griddesk.desktop.ui.sync;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.i18n.Localization;

/** The update notice at the top of 同步: what is offered, the download with its progress, and how to install it. */
final class UpdateNotice {

    private UpdateNotice() {
    }

    static Node build(UpdateViewModel model, Localization localization) {
        Label notice = label("syncUpdateNotice", localization);
        notice.textProperty().bind(MessageText.bind(localization, model.noticeProperty()));
        Button download = button("syncUpdateDownload", "sync.update.download", localization);
        download.setOnAction(event -> model.download());
        download.disableProperty().bind(model.downloadingProperty().or(model.availableProperty().isNull())
                .or(model.downloadedProperty().isNotNull()));
        ProgressBar progress = new ProgressBar();
        progress.setId("syncUpdateProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        Button cancel = button("syncUpdateCancel", "sync.update.cancel", localization);
        cancel.setOnAction(event -> model.cancel());
        HBox running = new HBox(12, progress, cancel);
        HBox.setHgrow(progress, Priority.ALWAYS);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.downloadingProperty());
        running.managedProperty().bind(running.visibleProperty());

        Label status = label("syncUpdateStatus", localization);
        status.textProperty().bind(MessageText.bind(localization, model.statusProperty()));
        status.visibleProperty().bind(Bindings.isNotEmpty(status.textProperty()));
        status.managedProperty().bind(status.visibleProperty());

        TextField command = new TextField();
        command.setId("syncUpdateCommand");
        command.setEditable(false);
        command.textProperty().bind(model.installCommandProperty());
        Button copy = button("syncUpdateCopy", "sync.update.copy", localization);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(command.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox install = new HBox(8, command, copy);
        HBox.setHgrow(command, Priority.ALWAYS);
        install.setAlignment(Pos.CENTER_LEFT);
        install.visibleProperty().bind(model.installCommandProperty().isNotEmpty());
        install.managedProperty().bind(install.visibleProperty());

        HBox offer = new HBox(12, notice, download);
        offer.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(notice, Priority.ALWAYS);
        offer.visibleProperty().bind(model.noticeProperty().isNotNull());
        offer.managedProperty().bind(offer.visibleProperty());

        VBox box = new VBox(8, offer, running, status, install);
        box.setId("syncUpdate");
        box.getStyleClass().add("update-notice");
        box.setMaxWidth(720);
        box.visibleProperty().bind(model.noticeProperty().isNotNull().or(model.statusProperty().isNotNull()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Label label(String id, Localization localization) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Button button(String id, String key, Localization localization) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(localization.bind(key));
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }
}
