package org.griddesk.desktop.ui.households;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.griddesk.desktop.ui.applications.RatingView;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;

/** The five faces after a visit: who of the household rates, the faces, and the way back to the household. */
final class VisitRatingView {

    private final VisitRatingViewModel viewModel;
    private final Localization localization;
    private final Runnable close;

    VisitRatingView(VisitRatingViewModel viewModel, Localization localization, Runnable close) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.close = close;
    }

    Region build() {
        Label title = new Label();
        title.textProperty().bind(localization.bind("households.visitRating.title"));
        title.getStyleClass().add("workspace-title");
        title.setWrapText(true);
        ComboBox<MemberRow> rater = new ComboBox<>();
        rater.setId("visitRater");
        rater.getItems().setAll(viewModel.members());
        rater.valueProperty().bindBidirectional(viewModel.raterProperty());
        rater.disableProperty().bind(viewModel.ratedProperty());
        rater.setConverter(new StringConverter<>() {
            @Override
            public String toString(MemberRow member) {
                return member == null ? "" : member.name();
            }

            @Override
            public MemberRow fromString(String text) {
                return null;
            }
        });
        Label who = new Label();
        who.textProperty().bind(localization.bind("households.visitRating.who"));
        who.setLabelFor(rater);
        HBox whoRow = new HBox(8, who, rater);
        whoRow.setAlignment(Pos.CENTER_LEFT);
        Button back = new Button();
        back.setId("visitRatingClose");
        back.textProperty().bind(localization.bind(Bindings.createObjectBinding(() -> new Message(
                viewModel.ratedProperty().get() ? "households.visitRating.done" : "households.visitRating.skip"),
                viewModel.ratedProperty())));
        back.setOnAction(event -> close.run());
        VBox box = new VBox(16, title, whoRow, new RatingView(viewModel, localization).root(), back);
        box.setId("visitRatingPane");
        box.setPadding(new Insets(16));
        return box;
    }
}
