package org.griddesk.desktop.ui.review;

import java.io.ByteArrayInputStream;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.service.receipts.FormPrint;
import org.griddesk.desktop.ui.i18n.Localization;

/**
 * An application's answers read-only, as its template lays them out: group titles, numbered repeat entries, each
 * question with its answer (choices by label, numbers masked), notes, and the scans and signature as small pictures.
 */
final class ApplicationFormPane {
    private static final double PICTURE_WIDTH = 240;

    private final Localization localization;
    private final VBox root = new VBox(4);

    ApplicationFormPane(Localization localization) {
        this.localization = localization;
        root.setId("reviewApplicationForm");
    }

    Region root() {
        return root;
    }

    void show(FormPrint form) {
        root.getChildren().clear();
        if (form == null) {
            return;
        }
        for (FormPrint.Line line : form.lines()) {
            Node node = node(line);
            VBox.setMargin(node, new Insets(0, 0, 0, 16 * line.depth()));
            root.getChildren().add(node);
        }
    }

    private Node node(FormPrint.Line line) {
        if (line instanceof FormPrint.Heading heading) {
            return styled(new Label(heading.text()), "text-bold");
        }
        if (line instanceof FormPrint.Entry entry) {
            return styled(new Label(localization.lang("review.application.entry", entry.label(), entry.number())),
                    "text-bold");
        }
        if (line instanceof FormPrint.Note note) {
            Label text = new Label(note.text());
            text.setWrapText(true);
            return text;
        }
        if (line instanceof FormPrint.Picture picture) {
            return picture(picture);
        }
        FormPrint.Field field = (FormPrint.Field) line;
        Label label = styled(new Label(field.label()), "text-muted");
        Label value = new Label(field.value().isBlank() ? "—" : field.value());
        value.setWrapText(true);
        return new VBox(0, label, value);
    }

    private Node picture(FormPrint.Picture picture) {
        Label label = styled(new Label(picture.label()), "text-muted");
        if (picture.image().length == 0) {
            return new VBox(0, label, new Label(localization.lang("review.application.pictureMissing")));
        }
        ImageView view = new ImageView(new Image(new ByteArrayInputStream(picture.image())));
        view.setPreserveRatio(true);
        view.setFitWidth(picture.signature() ? PICTURE_WIDTH / 2 : PICTURE_WIDTH);
        view.getStyleClass().add(picture.signature() ? "review-signature" : "review-scan");
        return new VBox(2, label, new HBox(view));
    }

    private static Label styled(Label label, String style) {
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }
}
