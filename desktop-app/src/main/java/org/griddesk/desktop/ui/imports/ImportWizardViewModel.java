package org.griddesk.desktop.ui.imports;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.griddesk.desktop.service.registry.ImportCommit;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.registry.RegistryTransfer;
import org.griddesk.desktop.service.registry.imports.ColumnMapping;
import org.griddesk.desktop.service.registry.imports.ImportCancelledException;
import org.griddesk.desktop.service.registry.imports.ImportFiles;
import org.griddesk.desktop.service.registry.imports.ImportOptions;
import org.griddesk.desktop.service.registry.imports.ImportResult;
import org.griddesk.desktop.service.registry.imports.ImportTable;
import org.griddesk.desktop.service.registry.imports.InvalidRowsWriter;
import org.griddesk.desktop.service.registry.imports.ImportColumn;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;
import org.griddesk.desktop.ui.task.TaskHandle;

/**
 * The resident list import: choose a file, check the column mapping, dry run (background, progress, cancel),
 * read the report, import the valid rows, save the invalid ones to fix. Also exports the registry.
 */
public final class ImportWizardViewModel {

    private final RegistryService registry;
    private final TaskExecutor executor;
    private final Localization localization;
    private final String defaultGrid;
    private final Runnable onImported;

    private final ObjectProperty<ImportStep> step = new SimpleObjectProperty<>(this, "step", ImportStep.CHOOSE_FILE);
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Message> summary = new SimpleObjectProperty<>(this, "summary");
    private final ObjectProperty<Message> detail = new SimpleObjectProperty<>(this, "detail");
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>(this, "error");
    private ImportTable table;
    private ImportResult result;
    private TaskHandle running;

    public ImportWizardViewModel(RegistryService registry, TaskExecutor executor, Localization localization,
                                 String defaultGrid, Runnable onImported) {
        this.registry = registry;
        this.executor = executor;
        this.localization = localization;
        this.defaultGrid = defaultGrid;
        this.onImported = onImported;
    }

    /** Reads the file and recognises its columns; the mapping step lets the worker correct them. */
    public void readFile() {
        Path path = Path.of(file.get().strip());
        error.set(null);
        executor.execute(work -> ImportFiles.read(path), TaskCallbacks.of(read -> {
            table = read;
            ColumnMapping recognised = ColumnMapping.recognize(read.headers());
            List<String> headers = read.headers();
            mapping.setAll(java.util.stream.IntStream.range(0, headers.size()).mapToObj(i -> new MappingRow(i,
                    headers.get(i), Arrays.stream(ImportColumn.values())
                            .filter(c -> recognised.index(c).orElse(-1) == i).map(Enum::name).findFirst().orElse(null)))
                    .toList());
            step.set(ImportStep.MAPPING);
        }, failure -> error.set(new Message("imports.error.read"))));
    }

    public void dryRun() {
        ColumnMapping chosen = ColumnMapping.empty();
        for (MappingRow row : mapping) {
            if (row.columnProperty().get() != null) {
                chosen = chosen.with(ImportColumn.valueOf(row.columnProperty().get()), row.index());
            }
        }
        ColumnMapping finalMapping = chosen;
        Locale locale = localization.getLocale();
        step.set(ImportStep.CHECKING);
        progress.set(-1);
        running = executor.execute(work -> registry.importer(locale).dryRun(table, finalMapping,
                ImportOptions.forGrid(defaultGrid).withExisting(registry.existingResidents())
                        .withProgress(work::update, work::isCancelled)), TaskCallbacks.of(checked -> {
                            result = checked;
                            problems.setAll(checked.problems().stream()
                                    .map(p -> new ProblemRow(p.row(), p.column(), p.message())).toList());
                            summary.set(new Message("imports.report.counts", checked.counts().validRows(),
                                    checked.counts().invalidRows()));
                            detail.set(new Message("imports.report.actions", checked.counts().residentsToCreate(),
                                    checked.counts().residentsToUpdate()));
                            step.set(ImportStep.REPORT);
                        }, this::failedOrCancelled));
        bindProgress();
    }

    public void importValid() {
        ImportResult checked = result;
        step.set(ImportStep.IMPORTING);
        running = executor.execute(work -> new RegistryTransfer(registry).commit(checked, work::update, work::isCancelled),
                TaskCallbacks.of((ImportCommit done) -> {
                    summary.set(new Message("imports.done", done.imported(), done.skipped()));
                    detail.set(new Message("imports.done.invalid", done.invalid()));
                    step.set(ImportStep.DONE);
                    onImported.run();
                }, failure -> {
                    onImported.run();
                    failedOrCancelled(failure);
                }));
        bindProgress();
    }

    public void saveInvalidRows(Path target) {
        ImportResult checked = result;
        Locale locale = localization.getLocale();
        executor.execute(work -> {
            new InvalidRowsWriter(locale).write(target, checked);
            return target;
        }, TaskCallbacks.of(saved -> {
            summary.set(new Message("imports.invalidSaved", saved.getFileName().toString()));
            detail.set(null);
        },
                failure -> error.set(new Message("imports.error.write"))));
    }

    public void export(Path target, boolean fullNumbers) {
        Locale locale = localization.getLocale();
        executor.execute(work -> {
            new RegistryTransfer(registry).export(target, fullNumbers, locale, work::update, work::isCancelled);
            return target;
        }, TaskCallbacks.of(saved -> {
            summary.set(new Message("imports.exported", saved.getFileName().toString()));
            detail.set(null);
        },
                failure -> error.set(new Message("imports.error.write"))));
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void bindProgress() {
        if (running != null) {
            progress.unbind();
            progress.bind(running.progressProperty());
        }
    }

    private void failedOrCancelled(Throwable failure) {
        boolean cancelled = failure instanceof ImportCancelledException
                || failure instanceof java.util.concurrent.CancellationException;
        error.set(new Message(cancelled ? "imports.cancelled" : "imports.error.check"));
        step.set(result != null && step.get() == ImportStep.IMPORTING ? ImportStep.REPORT : ImportStep.MAPPING);
    }

    public boolean hasInvalidRows() {
        return result != null && !result.invalidRows().isEmpty();
    }

    public ObjectProperty<ImportStep> stepProperty() {
        return step;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** The names of the import columns a file column can be mapped to. */
    public List<String> columnNames() {
        return Arrays.stream(ImportColumn.values()).map(Enum::name).toList();
    }

    public String columnLabel(String name) {
        return name == null ? localization.lang("imports.mapping.ignore")
                : ImportColumn.valueOf(name).label(localization.getLocale());
    }

    public ObservableList<ProblemRow> problems() {
        return problems;
    }

    public ObjectProperty<Message> summaryProperty() {
        return summary;
    }

    /** The second line of a summary: what the import will do or did beyond the counts. */
    public ObjectProperty<Message> detailProperty() {
        return detail;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }
}
