package org.griddesk.desktop.ui.issues;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.dialog.PhotoChooser;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;

/** The form to log an issue. The place comes from the map (pick) or from a household. */
final class IssueFormView {

    private final IssueFormViewModel viewModel;
    private final Localization localization;
    private final IssueTexts texts;
    private final VBox root = new VBox(6);

    IssueFormView(IssueFormViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.texts = new IssueTexts(localization);
        root.setId("issueForm");
        root.setPadding(new Insets(8));
        build();
    }

    Region root() {
        return root;
    }

    private void build() {
        var top = new ComboBox<>(viewModel.topCategories());
        top.setId("issueCategory");
        IssueTexts.render(top, texts::categoryToChoose);
        top.valueProperty().bindBidirectional(viewModel.topCategoryProperty());
        var sub = new ComboBox<>(viewModel.subCategories());
        sub.setId("issueSubCategory");
        IssueTexts.render(sub, texts::categoryToChoose);
        sub.valueProperty().bindBidirectional(viewModel.subCategoryProperty());

        TextField title = new TextField();
        title.setId("issueTitle");
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        TextArea description = new TextArea();
        description.setId("issueDescription");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());

        var priority = new ComboBox<>(javafx.collections.FXCollections.observableList(viewModel.priorities()));
        priority.setId("issuePriority");
        IssueTexts.render(priority, texts::priority);
        priority.valueProperty().bindBidirectional(viewModel.priorityProperty());

        Button pick = button("issuePickLocation", "issues.form.pick");
        pick.setOnAction(event -> viewModel.startPicking());
        Label location = new Label();
        location.setId("issueLocation");
        location.textProperty().bind(Bindings.createStringBinding(() -> viewModel.locationProperty().get() == null
                ? localization.lang("issues.form.noLocation")
                : localization.lang("issues.form.location", String.format(Locale.ROOT, "%.6f",
                        viewModel.locationProperty().get().lon()), String.format(Locale.ROOT, "%.6f",
                        viewModel.locationProperty().get().lat())),
                viewModel.locationProperty(), localization.localeProperty()));
        var household = new ComboBox<>(viewModel.households());
        household.setId("issueHousehold");
        household.promptTextProperty().bind(localization.bind("issues.form.household"));
        IssueTexts.render(household, texts::household);
        household.valueProperty().bindBidirectional(viewModel.householdProperty());
        var residents = new ListView<>(viewModel.residents());
        residents.setId("issueResidents");
        residents.setPrefHeight(70);
        residents.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        IssueTexts.renderList(residents, texts::resident);
        residents.getSelectionModel().getSelectedItems().addListener((javafx.beans.InvalidationListener) change ->
                viewModel.chosenResidents().setAll(residents.getSelectionModel().getSelectedItems()));

        var grid = new ComboBox<>(viewModel.gridChoices());
        grid.setId("issueGrid");
        grid.promptTextProperty().bind(localization.bind("issues.form.gridPrompt"));
        IssueTexts.render(grid, texts::grid);
        grid.valueProperty().bindBidirectional(viewModel.gridChoiceProperty());

        FlowPane thumbnails = new FlowPane(4, 4);
        thumbnails.setId("issuePhotos");
        viewModel.photoNames().addListener((ListChangeListener<String>) change ->
                Thumbnails.show(thumbnails, viewModel.photoNames(), viewModel::loadPhoto));
        Button photo = button("issueAddPhoto", "issues.form.addPhoto");
        photo.setOnAction(event -> choosePhoto());
        CheckBox sendOriginal = new CheckBox();
        sendOriginal.setId("issueSendOriginal");
        sendOriginal.textProperty().bind(localization.bind("issues.form.sendOriginal"));
        sendOriginal.selectedProperty().bindBidirectional(viewModel.sendOriginalProperty());

        Button save = button("issueSave", "issues.form.save");
        save.setDefaultButton(false);
        save.setOnAction(event -> viewModel.save());
        Label notice = new Label();
        notice.setId("issueFormNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(localization.bind(viewModel.noticeProperty()));

        root.getChildren().addAll(
                label("issues.form.category"), new HBox(4, top, sub), error("issueCategoryError", viewModel.categoryErrorProperty()),
                label("issues.form.title"), title, error("issueTitleError", viewModel.titleErrorProperty()),
                label("issues.form.description"), description,
                label("issues.form.priority"), priority,
                label("issues.form.place"), new HBox(4, pick, household), location,
                error("issueLocationError", viewModel.locationErrorProperty()),
                label("issues.form.grid"), grid, error("issueGridError", viewModel.gridErrorProperty()),
                label("issues.form.residents"), residents,
                new HBox(8, photo, sendOriginal), thumbnails, save, notice);
    }

    private void choosePhoto() {
        PhotoChooser.choose(root.getScene().getWindow(), localization, "issues.form.addPhoto").ifPresent(viewModel::attachPhoto);
    }

    private Button button(String id, String key) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(localization.bind(key));
        return button;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(localization.bind(key));
        return label;
    }

    private Label error(String id, javafx.beans.value.ObservableValue<Message> message) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        // keeps its line while empty (griddesk.css), so an error appearing moves nothing under it
        label.textProperty().bind(localization.bind(message));
        return label;
    }
}
