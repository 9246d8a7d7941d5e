package org.griddesk.desktop.ui.applications;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.i18n.Localization;

/** The 代办 workspace: residents and 我的代办 on the left, the step at hand in the middle. */
public final class ApplicationsView {

    private final ApplicationsViewModel viewModel;
    private final Localization localization;
    private final StackPane center = new StackPane();
    private final SplitPane root = new SplitPane();

    public ApplicationsView(ApplicationsViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        root.setId("applicationsWorkspace");
        root.setOrientation(Orientation.HORIZONTAL);
        center.setId("applicationStep");
        Label notice = new Label();
        notice.setId("applicationNotice");
        notice.getStyleClass().add("application-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.createStringBinding(() -> viewModel.noticeProperty().get() == null ? ""
                : localization.lang(viewModel.noticeProperty().get()), viewModel.noticeProperty(),
                localization.localeProperty()));
        BorderPane main = new BorderPane(center);
        main.setBottom(notice);
        BorderPane.setMargin(notice, new Insets(4, 12, 8, 12));
        root.getItems().addAll(leftPanel(), main);
        root.setDividerPositions(0.26);
        viewModel.stepProperty().addListener((observable, before, now) -> show());
        viewModel.formProperty().addListener((observable, before, now) -> show());
        // another resident chosen while the choices are shown: the step stays CHOOSE, its resident and choices change
        viewModel.choices().addListener((javafx.collections.ListChangeListener<ChoiceLine>) change -> show());
        show();
    }

    public Region root() {
        return root;
    }

    private Region leftPanel() {
        TextField search = new TextField();
        search.setId("applicationResidentSearch");
        search.setPromptText(localization.lang("applications.residents.search"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ListView<ResidentLine> residents = new ListView<>(viewModel.residents());
        residents.setId("applicationResidents");
        residents.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ResidentLine item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + " · " + item.maskedIdNumber()
                        + (item.age() >= 0 ? " · " + localization.lang("applications.residents.age", item.age()) : ""));
            }
        });
        residents.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> viewModel.choose(now));
        Runnable follow = () -> residents.getItems().stream()
                .filter(line -> line.id().equals(viewModel.residentIdProperty().get())).findFirst()
                .ifPresent(line -> {
                    residents.getSelectionModel().select(line);
                    residents.scrollTo(line);
                });
        viewModel.residentIdProperty().addListener((o, before, now) -> follow.run());
        viewModel.residents().addListener((javafx.collections.ListChangeListener<ResidentLine>) change -> follow.run());
        Label mine = new Label(localization.lang("applications.rows.title"));
        mine.getStyleClass().add("form-group-title");
        ListView<ApplicationRow> rows = new ListView<>(viewModel.rows());
        rows.setId("applicationRows");
        rows.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ApplicationRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : rowText(row));
                getStyleClass().remove("application-changed");
                if (!empty && row != null && row.changed()) {
                    getStyleClass().add("application-changed");
                }
            }
        });
        Runnable focus = () -> viewModel.rows().stream()
                .filter(row -> row.id().equals(viewModel.focusedApplicationProperty().get())).findFirst()
                .ifPresent(row -> {
                    rows.getSelectionModel().select(row);
                    rows.scrollTo(row);
                });
        viewModel.focusedApplicationProperty().addListener((o, before, now) -> focus.run());
        viewModel.rows().addListener((javafx.collections.ListChangeListener<ApplicationRow>) change -> focus.run());
        rows.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.resume(rows.getSelectionModel().getSelectedItem());
            }
        });
        Button resume = new Button(localization.lang("applications.rows.resume"));
        resume.setId("applicationResume");
        resume.disableProperty().bind(Bindings.createBooleanBinding(() -> rows.getSelectionModel().getSelectedItem() == null
                || !rows.getSelectionModel().getSelectedItem().isDraft(), rows.getSelectionModel().selectedItemProperty()));
        resume.setOnAction(event -> viewModel.resume(rows.getSelectionModel().getSelectedItem()));
        Button told = new Button(localization.lang("applications.rows.told"));
        told.setId("applicationMarkSeen");
        told.disableProperty().bind(Bindings.createBooleanBinding(() -> rows.getSelectionModel().getSelectedItem() == null
                || !rows.getSelectionModel().getSelectedItem().changed(), rows.getSelectionModel().selectedItemProperty()));
        told.setOnAction(event -> viewModel.markSeen(rows.getSelectionModel().getSelectedItem()));
        Button printForm = new Button(localization.lang("applications.formPdf.print"));
        printForm.setId("applicationPrintForm");
        printForm.setOnAction(event -> viewModel.formPdf().printFor(rows.getSelectionModel().getSelectedItem()));
        Button saveForm = new Button(localization.lang("applications.formPdf.save"));
        saveForm.setId("applicationSaveForm");
        saveForm.setOnAction(event -> viewModel.formPdf().saveFor(rows.getSelectionModel().getSelectedItem()));
        for (Button needsSubmitted : new Button[] {printForm, saveForm}) {
            // a copy of the form for a resident who comes back: submitted applications only, drafts are not final
            needsSubmitted.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> rows.getSelectionModel().getSelectedItem() == null
                            || rows.getSelectionModel().getSelectedItem().isDraft(),
                    rows.getSelectionModel().selectedItemProperty()));
        }
        VBox panel = new VBox(6, search, residents, mine, rows, new FlowPane(6, 6, resume, told, printForm, saveForm));
        VBox.setVgrow(residents, Priority.ALWAYS);
        panel.setId("applicationsSidePanel");
        VBox.setVgrow(rows, Priority.ALWAYS);
        panel.setPadding(new Insets(8));
        panel.setMinWidth(240);
        return panel;
    }

    private String rowText(ApplicationRow row) {
        String status = localization.lang(row.statusKey());
        String line = (row.changed() ? localization.lang("applications.rows.new") + " " : "") + localization.lang("list.tag", status)
                + row.residentName() + " · " + row.title();
        if (!row.decisionNote().isBlank()) {
            line += "\n" + row.decisionNote();
        }
        List<String> missing = row.missingMaterials();
        if (!missing.isEmpty()) {
            line += "\n" + localization.lang("applications.rows.missing",
                    String.join(localization.lang("list.separator"), missing));
        }
        return line;
    }

    private void show() {
        Node shown = switch (viewModel.stepProperty().get()) {
            case START -> hint();
            case CHOOSE -> choices();
            case FORM -> viewModel.formProperty().get() == null ? hint() : form(viewModel.formProperty().get());
            case RECEIPT -> new ReceiptPane(viewModel, localization).root();
        };
        center.getChildren().setAll(shown);
    }

    private Node hint() {
        Label label = new Label(localization.lang("applications.start.hint"));
        label.getStyleClass().add("empty-description");
        label.setWrapText(true);
        return label;
    }

    private Node choices() {
        VBox box = new VBox(10);
        box.setId("applicationChoices");
        box.setPadding(new Insets(16));
        Label title = new Label(localization.lang("applications.choose.title", viewModel.residentName()));
        title.getStyleClass().add("form-group-title");
        box.getChildren().add(title);
        if (viewModel.choices().isEmpty()) {
            box.getChildren().add(new Label(localization.lang("applications.choose.none")));
        }
        for (ChoiceLine choice : viewModel.choices()) {
            Button button = new Button(choice.title() + (choice.suggested()
                    ? "  · " + localization.lang("applications.choose.suggested") : ""));
            button.setId("template-" + choice.formId());
            button.getStyleClass().add(choice.suggested() ? "accent" : "template-choice");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> viewModel.start(choice));
            box.getChildren().add(button);
        }
        return box;
    }

    private Node form(FormViewModel form) {
        Label title = new Label(localization.lang("applications.form.title", form.title(), form.residentName()));
        title.setId("applicationTitle");
        title.getStyleClass().add("form-group-title");
        Label status = new Label();
        status.setId("applicationSaveStatus");
        status.textProperty().bind(Bindings.createStringBinding(() -> form.statusProperty().get() == null ? ""
                : localization.lang(form.statusProperty().get()), form.statusProperty()));
        Button discard = new Button(localization.lang("applications.form.discard"));
        discard.setId("applicationDiscard");
        discard.setOnAction(event -> viewModel.discard());
        Button submit = new Button(localization.lang("applications.form.submit"));
        submit.setId("applicationSubmit");
        submit.getStyleClass().add("accent");
        submit.disableProperty().bind(form.busyProperty());
        submit.setOnAction(event -> viewModel.submit());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, discard, submit);
        bar.setPadding(new Insets(8, 12, 8, 12));
        BorderPane pane = new BorderPane(new FormView(form, localization, viewModel::offerCorrection).root());
        pane.setTop(title);
        BorderPane.setMargin(title, new Insets(12, 16, 0, 16));
        pane.setBottom(bar);
        pane.disableProperty().bind(form.busyProperty());
        return pane;
    }
}
