package org.griddesk.desktop.ui.applications;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import org.griddesk.desktop.ui.dialog.PhotoChooser;
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
        choose.setOnAction(event -> PhotoChooser.choose(choose.getScene().getWindow(), localization,
                "applications.form.chooseImage").ifPresent(image -> viewModel.attachImage(question.key(), image)));
        node.onShow(value -> attached.setText(value.isEmpty() ? "" : localization.lang("applications.form.imageAttached")));
        return new HBox(8, choose, attached);
    }
}
