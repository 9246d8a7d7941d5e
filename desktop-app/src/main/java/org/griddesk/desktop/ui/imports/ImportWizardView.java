package org.griddesk.desktop.ui.imports;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.griddesk.desktop.ui.i18n.Localization;

/** The import wizard's steps one below the other, each shown while it is the current one. */
public final class ImportWizardView {

    private final ImportWizardViewModel viewModel;
    private final Localization localization;
    private final Runnable onClose;

    public ImportWizardView(ImportWizardViewModel viewModel, Localization localization, Runnable onClose) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.onClose = onClose;
    }

    public Region build() {
        Label title = label("imports.title");
        title.getStyleClass().add("workspace-title");
        Label error = new Label();
        error.setId("importError");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(localization.bind(viewModel.errorProperty()));
        Label summary = new Label();
        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(localization.bind(viewModel.summaryProperty()));
        Label detail = new Label();
        detail.setId("importSummaryDetail");
        detail.setWrapText(true);
        detail.textProperty().bind(localization.bind(viewModel.detailProperty()));
        Button close = button("closeImportButton", "imports.close", onClose);
        VBox wizard = new VBox(12, title, chooseStep(), mappingStep(), progressStep(), reportStep(), summary, detail, error,
                close);
        wizard.setId("importWizard");
        return wizard;
    }

    private Node chooseStep() {
        TextField path = new TextField();
        path.setId("importFile");
        path.textProperty().bindBidirectional(viewModel.fileProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = button("browseImportButton", "imports.browse", () -> choose(false, "*.xlsx", "*.csv")
                .ifPresent(file -> viewModel.fileProperty().set(file.toString())));
        Button read = button("readImportButton", "imports.read", viewModel::readFile);
        read.disableProperty().bind(viewModel.fileProperty().isEmpty());
        Button export = button("exportButton", "imports.export",
                () -> choose(true, "*.xlsx", "*.csv").ifPresent(file -> viewModel.export(file, false)));
        return shownAt(new VBox(8, label("imports.choose.hint"), new HBox(8, path, browse, read), export),
                ImportStep.CHOOSE_FILE);
    }

    private Node mappingStep() {
        ListView<MappingRow> rows = new ListView<>(viewModel.mapping());
        rows.setId("mappingList");
        rows.setPrefHeight(300);
        rows.setCellFactory(list -> new MappingCell());
        Button check = button("dryRunButton", "imports.check", viewModel::dryRun);
        return shownAt(new VBox(8, label("imports.mapping.hint"), rows, check), ImportStep.MAPPING);
    }

    private Node progressStep() {
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(viewModel.progressProperty());
        Button cancel = button("cancelImportButton", "imports.cancel", viewModel::cancel);
        VBox box = new VBox(8, bar, cancel);
        box.visibleProperty().bind(viewModel.stepProperty().isEqualTo(ImportStep.CHECKING)
                .or(viewModel.stepProperty().isEqualTo(ImportStep.IMPORTING)));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node reportStep() {
        TableView<ProblemRow> table = new TableView<>(viewModel.problems());
        table.setId("problemTable");
        table.setPrefHeight(280);
        table.getColumns().add(column("imports.report.row", p -> Integer.toString(p.row())));
        table.getColumns().add(column("imports.report.column", p -> p.column()));
        table.getColumns().add(column("imports.report.problem", p -> p.message()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button importValid = button("importValidButton", "imports.importValid", viewModel::importValid);
        Button saveInvalid = button("saveInvalidButton", "imports.saveInvalid",
                () -> choose(true, "*.xlsx", "*.csv").ifPresent(viewModel::saveInvalidRows));
        saveInvalid.disableProperty().bind(Bindings.isEmpty(viewModel.problems()));
        return shownAt(new VBox(8, table, new HBox(8, importValid, saveInvalid)), ImportStep.REPORT);
    }

    private TableColumn<ProblemRow, String> column(String key,
            java.util.function.Function<ProblemRow, String> value) {
        TableColumn<ProblemRow, String> column = new TableColumn<>();
        column.textProperty().bind(localization.bind(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private Node shownAt(VBox box, ImportStep step) {
        box.visibleProperty().bind(viewModel.stepProperty().isEqualTo(step));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private java.util.Optional<Path> choose(boolean save, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                localization.lang("imports.fileType"), Arrays.asList(patterns)));
        javafx.stage.Window window = viewModelWindow();
        File chosen = save ? chooser.showSaveDialog(window) : chooser.showOpenDialog(window);
        return java.util.Optional.ofNullable(chosen).map(File::toPath);
    }

    private javafx.stage.Window viewModelWindow() {
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused).findFirst().orElse(null);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(localization.bind(key));
        button.setOnAction(event -> action.run());
        return button;
    }

    private Label label(String key) {
        Label label = new Label();
        label.setWrapText(true);
        label.textProperty().bind(localization.bind(key));
        return label;
    }

    /** A file column and the choice of what it holds. */
    private final class MappingCell extends ListCell<MappingRow> {
        @Override
        protected void updateItem(MappingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList());
            choice.getItems().add(null);
            choice.getItems().addAll(viewModel.columnNames());
            choice.setValue(row.columnProperty().get());
            Consumer<String> set = row.columnProperty()::set;
            choice.valueProperty().addListener((o, before, now) -> set.accept(now));
            choice.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(String column) {
                    return viewModel.columnLabel(column);
                }

                @Override
                public String fromString(String text) {
                    return null;
                }
            });
            // the default cells print nothing for the null choice; these name it "(ignore this column)"
            choice.setButtonCell(new ColumnCell());
            choice.setCellFactory(list -> new ColumnCell());
            Label header = new Label(row.header());
            header.setMinWidth(160);
            setGraphic(new HBox(12, header, choice));
        }
    }

    private final class ColumnCell extends ListCell<String> {
        @Override
        protected void updateItem(String column, boolean empty) {
            super.updateItem(column, empty);
            setText(empty ? null : viewModel.columnLabel(column));
        }
    }
}
