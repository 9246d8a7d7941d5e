package org.griddesk.desktop.ui.applications;

import java.io.File;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

import org.griddesk.desktop.ui.i18n.Localization;

/** An image question: a scan or photo chosen from a file (a scanner's folder too), kept in the encrypted blob store. */
final class ImagePicker {

    private final Localization localization;

    ImagePicker(Localization localization) {
        this.localization = localization;
    }

    Node picker(ShownItem question, QuestionNode node, FormViewModel viewModel) {
        Button choose = new Button(localization.lang("applications.form.chooseImage"));
        choose.setId("q" + node.id());
        Label attached = new Label();
        attached.getStyleClass().add("question-hint");
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(localization.lang("applications.form.chooseImage"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    localization.lang("applications.form.imageFiles"), "*.png", "*.jpg", "*.jpeg"));
            File file = chooser.showOpenDialog(choose.getScene().getWindow());
            if (file != null) {
                viewModel.attachImage(question.key(), file.toPath());
            }
        });
        node.onShow(value -> attached.setText(value.isEmpty() ? "" : localization.lang("applications.form.imageAttached")));
        return new HBox(8, choose, attached);
    }
}
