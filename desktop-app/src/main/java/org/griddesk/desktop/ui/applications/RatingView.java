package org.griddesk.desktop.ui.applications;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.common.Icons;
import org.griddesk.desktop.ui.i18n.Localization;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * 好差评: five large faces for the resident to press, optional tags and a comment the worker types. Once sent the
 * rating is locked on screen, as it is in the store. Shown after an application and after a visit to a household.
 */
public final class RatingView {

    private static final Material2MZ[] FACES = {Material2MZ.SENTIMENT_VERY_DISSATISFIED,
            Material2MZ.SENTIMENT_DISSATISFIED, Material2MZ.SENTIMENT_NEUTRAL, Material2MZ.SENTIMENT_SATISFIED,
            Material2MZ.SENTIMENT_VERY_SATISFIED};

    private final VBox root = new VBox(12);

    public RatingView(ServiceRater viewModel, Localization localization) {
        Label title = new Label(localization.lang("applications.rating.title"));
        title.getStyleClass().add("form-group-title");
        ToggleGroup faces = new ToggleGroup();
        HBox row = new HBox(12);
        row.setAlignment(Pos.CENTER_LEFT);
        for (int level = 5; level >= 1; level--) {
            ToggleButton face = new ToggleButton(localization.lang("applications.rating.level" + level));
            face.setId("rate-" + level);
            face.setUserData(level);
            face.setGraphic(Icons.icon(FACES[level - 1], 48));
            face.setContentDisplay(ContentDisplay.TOP);
            face.getStyleClass().add("rating-face");
            face.setToggleGroup(faces);
            row.getChildren().add(face);
        }
        FlowPane tags = new FlowPane(8, 8);
        List<ToggleButton> tagButtons = new ArrayList<>();
        for (String tag : viewModel.ratingTags()) {
            ToggleButton button = new ToggleButton(localization.lang("applications.rating.tag." + tag));
            button.setId("rateTag-" + tag);
            button.setUserData(tag);
            tagButtons.add(button);
        }
        tags.getChildren().addAll(tagButtons);
        TextArea comment = new TextArea();
        comment.setId("rateComment");
        comment.setPrefRowCount(2);
        comment.setPromptText(localization.lang("applications.rating.comment"));
        Button send = new Button(localization.lang("applications.rating.send"));
        send.setId("rateSend");
        send.getStyleClass().add("accent");
        send.disableProperty().bind(faces.selectedToggleProperty().isNull());
        send.setOnAction(event -> viewModel.rate((Integer) faces.getSelectedToggle().getUserData(),
                tagButtons.stream().filter(ToggleButton::isSelected).map(b -> (String) b.getUserData()).toList(),
                comment.getText(), () -> {
                    send.disableProperty().unbind();
                    send.setDisable(true);
                    row.setDisable(true);
                    tags.setDisable(true);
                    comment.setEditable(false);
                }));
        root.getChildren().addAll(title, row, tags, comment, send);
        root.setId("ratingPane");
        // a resident rates here (好差评): large in every mode (griddesk.css)
        root.getStyleClass().add("resident-screen");
    }

    public Region root() {
        return root;
    }
}
