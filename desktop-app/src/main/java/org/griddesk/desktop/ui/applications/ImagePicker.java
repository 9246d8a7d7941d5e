package org.griddesk.desktop.ui.applications;

import java.io.ByteArrayInputStream;

import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.dialog.PhotoChooser;
import org.griddesk.desktop.ui.i18n.Localization;

/**
 * An image question: a scan or photo chosen from a file, or the newest picture of the scanner folder set in 设置;
 * kept in the encrypted blob store and shown small once attached.
 */
final class ImagePicker {

    private static final double PREVIEW_HEIGHT = 120;

    private final Localization localization;

    ImagePicker(Localization localization) {
        this.localization = localization;
    }

    Node picker(ShownItem question, QuestionNode node, FormViewModel viewModel) {
        Button choose = new Button(localization.lang("applications.form.chooseImage"));
        choose.setId("q" + node.id());
        Button scan = new Button(localization.lang("applications.form.scanLatest"));
        scan.setId("q" + node.id() + "-scan");
        Label attached = new Label();
        attached.setId("q" + node.id() + "-attached");
        attached.getStyleClass().add("question-hint");
        attached.setWrapText(true);
        ImageView preview = new ImageView();
        preview.setId("q" + node.id() + "-preview");
        preview.setFitHeight(PREVIEW_HEIGHT);
        preview.setPreserveRatio(true);
        preview.managedProperty().bind(preview.imageProperty().isNotNull());
        choose.setOnAction(event -> PhotoChooser.choose(choose.getScene().getWindow(), localization,
                "applications.form.chooseImage").ifPresent(image -> viewModel.attachImage(question.key(), image)));
        scan.setOnAction(event -> viewModel.takeNewestScan(question.key()));
        node.onShow(value -> {
            FormViewModel.Picture picture = viewModel.pictures().get(question.key());
            attached.setText(value.isEmpty() ? "" : picture != null ? localization.lang(picture.caption())
                    : localization.lang("applications.form.imageAttached"));
        });
        viewModel.pictures().addListener((MapChangeListener<String, FormViewModel.Picture>) change -> {
            if (change.getKey().equals(question.key()) && change.wasAdded()) {
                FormViewModel.Picture picture = change.getValueAdded();
                // decoded at preview size: a 600 dpi scan would otherwise hold tens of megabytes on screen
                preview.setImage(new Image(new ByteArrayInputStream(picture.bytes()), 0, PREVIEW_HEIGHT * 2, true,
                        true));
                attached.setText(localization.lang(picture.caption()));
            }
        });
        return new VBox(6, new FlowPane(8, 8, choose, scan), attached, preview);
    }
}
