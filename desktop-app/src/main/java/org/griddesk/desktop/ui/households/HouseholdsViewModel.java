package org.griddesk.desktop.ui.households;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.sync.GridNames;
import org.griddesk.desktop.ui.common.GridLabel;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.imports.ImportWizardViewModel;
import org.griddesk.desktop.ui.task.BackgroundWork;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;

/**
 * The 住户 workspace: the household list with its filters, search as you type, one household's detail, and
 * the forms that add and edit households and residents. The registry loads in the background at unlock.
 */
public final class HouseholdsViewModel {

    private final BackgroundWork<RegistryService> loader;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization localization;
    private final FormDraftKeeper drafts;
    private final GridNames gridNameSource;
    private final HouseholdLifeEvents lifeEvents;
    private final HouseholdForms forms;
    private final VisitRatingOffers visitRatings;
    private final MemberPanes memberPanes;
    private final UploadMarks uploadMarks;
    private RegistryService registry;
    private RegistryRows rows;

    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");
    private final ObservableList<HouseholdRow> households = FXCollections.observableArrayList();
    private final ObservableList<String> grids = FXCollections.observableArrayList();
    private final ObservableList<String> villages = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, String>> gridNames = new SimpleObjectProperty<>(this, "gridNames", Map.of());
    private final StringProperty gridFilter = new SimpleStringProperty(this, "gridFilter");
    private final StringProperty villageFilter = new SimpleStringProperty(this, "villageFilter");
    private final ObjectProperty<CareFilter> careFilter = new SimpleObjectProperty<>(this, "careFilter", CareFilter.ALL);
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchRow> searchResults = FXCollections.observableArrayList();
    private final ObjectProperty<HouseholdDetail> detail = new SimpleObjectProperty<>(this, "detail");
    private final ObjectProperty<RecordFormViewModel> form = new SimpleObjectProperty<>(this, "form");
    private final ObjectProperty<ImportWizardViewModel> importWizard = new SimpleObjectProperty<>(this, "importWizard");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final ObjectProperty<Message> notice = new SimpleObjectProperty<>(this, "notice");
    private java.util.function.Consumer<String> applicationStarter = residentId -> { };
    /** A household another workspace (今日) asked to show; shown once the registry is (re)read. */
    private String wanted;

    public HouseholdsViewModel(BackgroundWork<RegistryService> loader, DraftStore draftStore, TaskExecutor executor,
                               DialogService dialogs, Localization localization) {
        this(loader, draftStore, executor, dialogs, localization, GridNames.none());
    }

    /** @param gridNameSource the signed-in account's grid names, so the grid filter can say them */
    public HouseholdsViewModel(BackgroundWork<RegistryService> loader, DraftStore draftStore, TaskExecutor executor,
                               DialogService dialogs, Localization localization, GridNames gridNameSource) {
        this.loader = loader;
        this.gridNameSource = gridNameSource;
        this.executor = executor;
        this.dialogs = dialogs;
        this.localization = localization;
        this.drafts = new FormDraftKeeper(draftStore, executor);
        this.forms = new HouseholdForms(new WorkspaceFormHost(() -> registry, detail, grids, gridNames, importWizard, form,
                this::saved), executor, dialogs, drafts);
        this.lifeEvents = new HouseholdLifeEvents(() -> registry, () -> rows,
                () -> detail.get() == null ? null : detail.get().id(), executor, dialogs, (shown, householdId) -> {
                    notice.set(shown);
                    refreshAll();
                    select(householdId);
                });
        this.visitRatings = new VisitRatingOffers(executor, notice);
        this.uploadMarks = new UploadMarks(executor, notice);
        this.memberPanes = MemberPanes.of(lifeEvents);
        detail.addListener((o, before, now) -> memberPanes.close());
        gridFilter.addListener((o, before, now) -> refreshList());
        villageFilter.addListener((o, before, now) -> refreshList());
        careFilter.addListener((o, before, now) -> refreshList());
        query.addListener((o, before, now) -> runSearch());
        localization.localeProperty().addListener((o, before, now) -> refreshDetail());
    }

    /** Where 代办申请 on a member leads: the 代办 workspace, started from that resident. */
    public void setApplicationStarter(java.util.function.Consumer<String> starter) {
        this.applicationStarter = starter;
    }

    public void startApplication(MemberRow member) {
        if (member != null) {
            applicationStarter.accept(member.id());
        }
    }

    public void load() {
        executor.execute(progress -> new Loaded(loader.call(progress), gridNameSource.byCode()), TaskCallbacks.of(done -> {
            registry = done.registry();
            rows = new RegistryRows(done.registry());
            gridNames.set(done.gridNames());
            loaded.set(true);
            refreshAll();
            showWanted();
        }, failure -> dialogs.showError(new Message("households.error.title"), new Message("households.error.load"))));
    }

    /** Coming back to the workspace: what a sync pulled in meanwhile shows up. */
    public void reload() {
        if (registry == null) {
            return;
        }
        String shown = detail.get() == null ? null : detail.get().id();
        RegistryService loadedRegistry = registry;
        // the worker may have signed in or out on 同步 meanwhile, so the grids' names are read again too
        executor.execute(progress -> {
            loadedRegistry.reload();
            return gridNameSource.byCode();
        }, TaskCallbacks.of(names -> {
            gridNames.set(names);
            refreshAll();
            if (wanted != null) {
                showWanted();
            } else if (form.get() == null && importWizard.get() == null) {
                select(shown);
            }
        }, failure -> dialogs.showError(new Message("households.error.title"), new Message("households.error.load"))));
    }

    /** What the closed grid filter says: the grid's name, or its code when no name is known. */
    public String gridName(String code) {
        return gridNames.get().getOrDefault(code, code);
    }

    /** What the grid filter's list says: 「名称（代码）」, or the code alone. */
    public Message gridLabel(String code) {
        return GridLabel.of(code, gridNames.get().get(code));
    }

    /** Changes when signing in or out brought other names, so the filter re-renders its labels. */
    public ReadOnlyObjectProperty<Map<String, String>> gridNamesProperty() {
        return gridNames;
    }

    public String villageName(String code) {
        return rows == null ? code : rows.villageName(code);
    }

    public void select(String householdId) {
        if (registry == null) {
            return;
        }
        form.set(null);
        visitRatings.close();
        detail.set(householdId == null || registry.household(householdId).isEmpty()
                ? null : rows.detail(householdId, locale()));
    }

    /**
     * Shows one household, asked for from elsewhere (a line of 今日): at once when the registry is read, and again
     * when the reading under way ends, so a reload does not put back the household shown before.
     */
    public void show(String householdId) {
        wanted = householdId;
        if (registry != null) {
            select(householdId);
        }
    }

    private void showWanted() {
        if (wanted != null) {
            String id = wanted;
            wanted = null;
            importWizard.set(null);
            select(id);
        }
    }

    public void openSearchResult(SearchRow row) {
        if (row != null && row.householdId() != null) {
            select(row.householdId());
        }
    }

    public void newHousehold() {
        forms.newHousehold();
    }

    public void editHousehold() {
        forms.editHousehold();
    }

    public void newResident() {
        forms.newResident();
    }

    /** A visit (走访记录) to the shown household, dated today; the worker is filled in when it is saved. */
    public void newVisit() {
        forms.newVisit();
    }

    public void editResident(MemberRow member) {
        forms.editResident(member);
    }

    private void saved(FieldRecord record) {
        form.set(null);
        notice.set(new Message("households.saved"));
        refreshAll();
        String householdId = record.type() == RecordType.HOUSEHOLD ? record.id()
                : record.string(ResidentFields.HOUSEHOLD_ID).orElse(null);
        select(householdId);
        visitRatings.offer(record, detail.get());
    }

    /** 好差评 after a visit is recorded. */
    public VisitRatingOffers visitRatings() {
        return visitRatings;
    }

    /** Opens the resident list import (and export); rows default to the grid of the shown household. */
    public void openImport() {
        if (registry == null) {
            return;
        }
        form.set(null);
        importWizard.set(new ImportWizardViewModel(registry, executor, localization, forms.gridOfSelection().orElse(null),
                this::refreshAll));
    }

    public void closeImport() {
        importWizard.set(null);
    }

    public ObjectProperty<ImportWizardViewModel> importWizardProperty() {
        return importWizard;
    }

    public void undo() {
        if (registry == null || !registry.canUndo()) {
            return;
        }
        String shown = detail.get() == null ? null : detail.get().id();
        executor.execute(progress -> registry.undoLast(), TaskCallbacks.of(undone -> {
            notice.set(new Message("households.undone"));
            refreshAll();
            select(shown);
        }, failure -> dialogs.showError(new Message("households.error.title"), new Message("households.error.save"))));
    }

    /** Shows one member's full identity number after the worker confirms; the reading is audited. */
    public void revealIdNumber(MemberRow member) {
        if (member == null || !dialogs.showConfirmation(new Message("households.reveal.title"),
                new Message("households.reveal.confirm", member.name()))) {
            return;
        }
        executor.execute(progress -> registry.revealIdNumber(member.id()), TaskCallbacks.of(full -> {
            HouseholdDetail shown = detail.get();
            if (shown != null) {
                detail.set(new HouseholdDetail(shown.id(), shown.address(), shown.place(), shown.houseNo(),
                        shown.members().stream().map(m -> m.id().equals(member.id()) ? m.revealed(full) : m).toList(),
                        shown.visits(), shown.history(), shown.returned()));
            }
        }, failure -> dialogs.showError(new Message("households.error.title"), new Message("households.error.reveal"))));
    }

    private void refreshAll() {
        grids.setAll(rows.grids());
        villages.setAll(rows.villages());
        canUndo.set(registry.canUndo());
        refreshList();
        runSearch();
        refreshSyncStates();
    }

    /** Reads which records wait for upload, were rejected or are in conflict, then marks the rows. */
    public void refreshSyncStates() {
        if (registry != null) {
            uploadMarks.refresh(registry, this::refreshList);
        }
    }

    private void refreshList() {
        if (rows != null) {
            households.setAll(rows.households(gridFilter.get(), villageFilter.get(), careFilter.get(),
                    uploadMarks.states()));
        }
    }

    private void refreshDetail() {
        if (detail.get() != null) {
            select(detail.get().id());
        }
    }

    private void runSearch() {
        String text = query.get() == null ? "" : query.get().strip();
        searchResults.setAll(rows == null || text.isEmpty() ? List.of() : rows.search(text));
    }

    private Locale locale() {
        return localization.getLocale();
    }

    private record Loaded(RegistryService registry, Map<String, String> gridNames) {
    }

    /** Death, moving away, moving into another household and splitting one off. */
    public HouseholdLifeEvents lifeEvents() {
        return lifeEvents;
    }

    /** The 迁入他户 and 分户 panes of the shown household. */
    public MemberPanes memberPanes() {
        return memberPanes;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public ObservableList<HouseholdRow> households() {
        return households;
    }

    public ObservableList<String> grids() {
        return grids;
    }

    public ObservableList<String> villages() {
        return villages;
    }

    public StringProperty gridFilterProperty() {
        return gridFilter;
    }

    public StringProperty villageFilterProperty() {
        return villageFilter;
    }

    public ObjectProperty<CareFilter> careFilterProperty() {
        return careFilter;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchRow> searchResults() {
        return searchResults;
    }

    public ObjectProperty<HouseholdDetail> detailProperty() {
        return detail;
    }

    public ObjectProperty<RecordFormViewModel> formProperty() {
        return form;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ObjectProperty<Message> noticeProperty() {
        return notice;
    }
}
