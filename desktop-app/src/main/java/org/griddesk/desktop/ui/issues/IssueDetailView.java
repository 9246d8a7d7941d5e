package org.griddesk.desktop.ui.issues;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.common.ReturnedNotice;
import org.griddesk.desktop.ui.dialog.PhotoChooser;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.model.record.ReviewReturn;

/** The selected issue: what it is, the steps it may take next (with a note or reason), and its timeline. */
final class IssueDetailView {

    private final IssuesViewModel viewModel;
    private final Localization localization;
    private final IssueTexts texts;
    private final VBox root = new VBox(6);
    private final FlowPane stepButtons = new FlowPane(4, 4);

    IssueDetailView(IssuesViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.texts = new IssueTexts(localization);
        root.setId("issueDetail");
        root.setPadding(new Insets(8));
        build();
    }

    Region root() {
        return root;
    }

    private void build() {
        Label summary = new Label();
        summary.setId("issueSummary");
        summary.setWrapText(true);
        // a wrapped label in a VBox is otherwise squeezed by the growing timeline and cut off with "…"
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> texts.summary(viewModel),
                viewModel.selectedProperty(), localization.localeProperty()));
        Label returned = ReturnedNotice.label("issueReturned");
        viewModel.returnedProperty().addListener((observable, before, now) -> showReturned(returned, now));
        localization.localeProperty().addListener((observable, before, now) ->
                showReturned(returned, viewModel.returnedProperty().get()));
        TextField note = new TextField();
        note.setId("issueStepNote");
        note.promptTextProperty().bind(localization.bind("issues.detail.notePrompt"));
        note.textProperty().bindBidirectional(viewModel.stepNoteProperty());
        stepButtons.setId("issueSteps");
        viewModel.steps().addListener((ListChangeListener<Object>) change -> showSteps());
        Label error = new Label();
        error.setId("issueStepError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(localization.bind(viewModel.stepErrorProperty()));
        ListView<Object> timeline = new ListView<>();
        timeline.setId("issueTimeline");
        Bindings.bindContent(timeline.getItems(), viewModel.timeline());
        IssueTexts.renderList(timeline, texts::timelineLine);
        FlowPane photos = new FlowPane(4, 4);
        photos.setId("issueDetailPhotos");
        viewModel.selectedPhotos().addListener((ListChangeListener<String>) change ->
                Thumbnails.show(photos, viewModel.selectedPhotos(), viewModel.form()::loadPhoto));
        Button addPhoto = new Button();
        addPhoto.setId("issueDetailAddPhoto");
        addPhoto.textProperty().bind(localization.bind("issues.form.addPhoto"));
        addPhoto.disableProperty().bind(viewModel.selectedProperty().isNull());
        addPhoto.setOnAction(event -> choosePhoto());
        root.getChildren().addAll(heading("issues.detail.title"), summary, returned, refusalBox(), photos, addPhoto,
                heading("issues.detail.steps"), note,
                stepButtons, error, heading("issues.detail.timeline"), timeline);
    }

    private void showReturned(Label label, ReviewReturn review) {
        ReturnedNotice.show(label, review == null ? List.of() : List.of(new ReturnedNotice.Entry("", review)),
                "returned.issue", localization);
    }

    /** Shown for a refused issue only: why, in words, and the grid to correct it to; then it is sent again. */
    private Region refusalBox() {
        Label reason = new Label();
        reason.setId("issueRefusal");
        reason.setWrapText(true);
        reason.getStyleClass().add("field-error");
        reason.setMinHeight(Region.USE_PREF_SIZE);
        reason.textProperty().bind(localization.bind(viewModel.refusalProperty()));
        var grid = new javafx.scene.control.ComboBox<>(viewModel.correctionGrids());
        grid.setId("issueCorrectGrid");
        IssueTexts.render(grid, texts::grid);
        grid.valueProperty().bindBidirectional(viewModel.correctedGridProperty());
        Button resend = new Button();
        resend.setId("issueResend");
        resend.textProperty().bind(localization.bind("issues.detail.correctGrid"));
        resend.setOnAction(event -> viewModel.correctGrid());
        Label lastChoice = new Label();
        lastChoice.setWrapText(true);
        lastChoice.textProperty().bind(localization.bind("issues.detail.discardLastChoice"));
        VBox box = new VBox(4, reason, new javafx.scene.layout.HBox(4, grid, resend), lastChoice);
        box.setId("issueRefusalBox");
        box.visibleProperty().bind(viewModel.refusalProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void showSteps() {
        stepButtons.getChildren().clear();
        for (String code : IssueTexts.codes(viewModel.steps())) {
            Button step = new Button();
            step.setId("step-" + code);
            step.textProperty().bind(localization.bind("issues.step." + code));
            step.setOnAction(event -> viewModel.move(code));
            stepButtons.getChildren().add(step);
        }
    }

    private void choosePhoto() {
        PhotoChooser.choose(root.getScene().getWindow(), localization, "issues.form.addPhoto").ifPresent(viewModel::addPhoto);
    }

    private Label heading(String key) {
        Label label = new Label();
        label.textProperty().bind(localization.bind(key));
        label.getStyleClass().add("section-title");
        return label;
    }
}
