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
import org.griddesk.desktop.service.registry.SaveOutcome;
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
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.VisitFields;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;

/**
 * The 住户 workspace: the household list with its filters, search as you type, one household's detail, and
 * the forms that add and edit households and residents. The registry loads in the background at unlock.
 */
public final class HouseholdsViewModel {

    static final List<String> HOUSEHOLD_FORM = List.of(HouseholdFields.ADDRESS, HouseholdFields.HOUSE_NO,
            HouseholdFields.DIVISION_CODE, HouseholdFields.GRID, HouseholdFields.HOUSEHOLD_TYPE);
    static final List<String> RESIDENT_FORM = List.of(ResidentFields.NAME, ResidentFields.ID_NUMBER,
            ResidentFields.SEX, ResidentFields.BIRTH_DATE, ResidentFields.ETHNICITY, ResidentFields.RELATION,
            ResidentFields.PHONE);
    static final List<String> VISIT_FORM = List.of(VisitFields.DATE, VisitFields.PURPOSE, VisitFields.NOTES);

    private final BackgroundWork<RegistryService> loader;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization localization;
    private final FormDraftKeeper drafts;
    private final GridNames gridNameSource;
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
    private Map<String, RecordSyncStatus> syncStates = Map.of();
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
        if (registry == null) {
            return;
        }
        RecordFormViewModel household = form(RecordType.HOUSEHOLD, null, HOUSEHOLD_FORM);
        household.fields().value(HouseholdFields.HOUSEHOLD_TYPE).set("1");
        gridOfSelection().ifPresent(grid -> {
            household.fields().value(HouseholdFields.GRID).set(grid);
            household.fields().value(HouseholdFields.DIVISION_CODE).set(grid);
        });
        open(household, null);
    }

    public void editHousehold() {
        HouseholdDetail shown = detail.get();
        if (shown != null) {
            open(form(RecordType.HOUSEHOLD, shown.id(), HOUSEHOLD_FORM), registry.household(shown.id()).orElseThrow());
        }
    }

    public void newResident() {
        HouseholdDetail shown = detail.get();
        if (shown == null) {
            return;
        }
        RecordFormViewModel resident = form(RecordType.RESIDENT, null, RESIDENT_FORM);
        resident.fields().value(ResidentFields.ETHNICITY).set("01");
        resident.fields().value(ResidentFields.RELATION).set(shown.members().isEmpty() ? ResidentFields.RELATION_HEAD : "");
        open(resident, null);
    }

    /** A visit (走访记录) to the shown household, dated today; the worker is filled in when it is saved. */
    public void newVisit() {
        if (detail.get() == null || registry == null) {
            return;
        }
        RecordFormViewModel visit = form(RecordType.VISIT, null, VISIT_FORM);
        visit.fields().value(VisitFields.DATE).set(today().toString());
        open(visit, null);
    }

    public void editResident(MemberRow member) {
        if (member != null && detail.get() != null) {
            open(form(RecordType.RESIDENT, member.id(), RESIDENT_FORM), registry.resident(member.id()).orElseThrow());
        }
    }

    /** Death and moving away change the status and are kept in the history; nobody is deleted. */
    public void recordDeath(MemberRow member) {
        changeStatus(member, "households.death", registry -> registry.recordDeath(member.id(), today()));
    }

    public void recordMoveAway(MemberRow member) {
        changeStatus(member, "households.moveAway", registry -> registry.recordMoveAway(member.id(), today()));
    }

    private void changeStatus(MemberRow member, String key,
                              java.util.function.Function<RegistryService, SaveOutcome> change) {
        if (member == null || registry == null || !dialogs.showConfirmation(new Message(key + ".title"),
                new Message(key + ".confirm", member.name()))) {
            return;
        }
        String shown = detail.get() == null ? null : detail.get().id();
        executor.execute(progress -> change.apply(registry), TaskCallbacks.of(outcome -> {
            notice.set(new Message(outcome.ok() ? "households.saved" : "households.error.save"));
            refreshAll();
            select(shown);
        }, failure -> dialogs.showError(new Message("households.error.title"), new Message("households.error.save"))));
    }

    /** Households a member can move into: every other one whose address or head matches {@code text}. */
    public List<HouseholdRow> moveTargets(String text) {
        if (rows == null) {
            return List.of();
        }
        String shown = detail.get() == null ? null : detail.get().id();
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return rows.households(null, null, CareFilter.ALL).stream()
                .filter(row -> !row.id().equals(shown))
                .filter(row -> wanted.isEmpty() || row.address().toLowerCase(Locale.ROOT).contains(wanted)
                        || row.headName().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    /** Moves a member into another household (迁入他户) after the worker confirms; the move stays in the history. */
    public void moveResident(MemberRow member, HouseholdRow target, String relation) {
        if (member == null || target == null || relation == null || relation.isBlank() || registry == null
                || !dialogs.showConfirmation(new Message("households.move.title"),
                        new Message("households.move.confirm", member.name(), target.address()))) {
            return;
        }
        String shown = detail.get() == null ? null : detail.get().id();
        executor.execute(progress -> registry.moveResident(member.id(), target.id(), relation),
                TaskCallbacks.of(outcome -> {
                    notice.set(new Message(outcome.ok() ? "households.saved" : "households.error.save"));
                    refreshAll();
                    select(shown);
                }, failure -> dialogs.showError(new Message("households.error.title"),
                        new Message("households.error.save"))));
    }

    /** Splits the chosen members off into a new household (分户) headed by {@code newHead}, then shows it. */
    public void splitHousehold(List<MemberRow> members, MemberRow newHead) {
        HouseholdDetail shown = detail.get();
        if (shown == null || registry == null || members == null || members.isEmpty() || newHead == null
                || !members.contains(newHead) || !dialogs.showConfirmation(new Message("households.split.title"),
                        new Message("households.split.confirm", members.size(), newHead.name()))) {
            return;
        }
        List<String> ids = members.stream().map(MemberRow::id).toList();
        executor.execute(progress -> registry.splitHousehold(shown.id(), ids, newHead.id(), Map.of()),
                TaskCallbacks.of(outcome -> {
                    notice.set(new Message(outcome.ok() ? "households.saved" : "households.error.save"));
                    refreshAll();
                    select(outcome.newHouseholdId().orElse(shown.id()));
                }, failure -> dialogs.showError(new Message("households.error.title"),
                        new Message("households.error.save"))));
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(org.griddesk.desktop.service.registry.Registries.CHINA);
    }

    private java.util.Optional<String> gridOfSelection() {
        return java.util.Optional.ofNullable(detail.get()).flatMap(d -> registry.household(d.id()))
                .flatMap(h -> h.string(HouseholdFields.GRID)).or(() -> grids.stream().findFirst());
    }

    private void open(RecordFormViewModel opened, FieldRecord existing) {
        if (existing != null) {
            opened.fields().load(existing);
        }
        opened.startDrafting();
        importWizard.set(null);
        form.set(opened);
    }

    private RecordFormViewModel form(RecordType type, String id, List<String> fields) {
        String householdId = detail.get() == null ? null : detail.get().id();
        RecordFormViewModel.Saver saver = switch (type) {
            case HOUSEHOLD -> registry::saveHousehold;
            case VISIT -> (visitId, values) -> registry.saveVisit(householdId, values);
            default -> (residentId, values) -> registry.saveResident(residentId, withHousehold(values, householdId));
        };
        RecordFormViewModel opened = new RecordFormViewModel(type, id, fields, saver, executor, dialogs, this::saved,
                () -> form.set(null), drafts);
        opened.offerGrids(gridChoices(), org.griddesk.model.code.DivisionTable.bundled());
        return opened;
    }

    /** Every grid known here (the account's, the pulled ones, those of the households shown), by name. */
    private List<CodeChoice> gridChoices() {
        java.util.TreeSet<String> codes = new java.util.TreeSet<>(gridNames.get().keySet());
        codes.addAll(grids);
        return codes.stream().filter(code -> !code.isBlank())
                .map(code -> new CodeChoice(code, GridLabel.of(code, gridNames.get().get(code)))).toList();
    }

    private static Map<String, Object> withHousehold(Map<String, Object> values, String householdId) {
        Map<String, Object> complete = new java.util.LinkedHashMap<>(values);
        complete.putIfAbsent(ResidentFields.HOUSEHOLD_ID, householdId);
        if (complete.get(ResidentFields.HOUSEHOLD_ID) == null) {
            complete.put(ResidentFields.HOUSEHOLD_ID, householdId);
        }
        return complete;
    }

    private void saved(FieldRecord record) {
        form.set(null);
        notice.set(new Message("households.saved"));
        refreshAll();
        String householdId = record.type() == RecordType.HOUSEHOLD ? record.id()
                : record.string(ResidentFields.HOUSEHOLD_ID).orElse(null);
        select(householdId);
    }

    /** Opens the resident list import (and export); rows default to the grid of the shown household. */
    public void openImport() {
        if (registry == null) {
            return;
        }
        form.set(null);
        importWizard.set(new ImportWizardViewModel(registry, executor, localization, gridOfSelection().orElse(null),
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
                        shown.visits(), shown.history()));
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

    /** Reads which records wait for upload, were rejected or are in conflict (one query per type), then marks the rows. */
    public void refreshSyncStates() {
        if (registry == null) {
            return;
        }
        RegistryService loadedRegistry = registry;
        executor.execute(progress -> loadedRegistry.unsyncedStatuses(), TaskCallbacks.of(states -> {
            syncStates = Map.copyOf(states);
            forgetUploadNoticeOnceUploaded();
            refreshList();
        }, failure -> { }));
    }

    /** "将在下次同步时上传" stops being true once nothing waits for upload: the notice goes with it. */
    private void forgetUploadNoticeOnceUploaded() {
        Message shown = notice.get();
        boolean waiting = syncStates.values().stream().anyMatch(status -> status.state() == SyncState.PENDING
                || status.state() == SyncState.UPLOADING);
        if (shown != null && shown.key().equals("households.saved") && !waiting) {
            notice.set(null);
        }
    }

    private void refreshList() {
        if (rows != null) {
            households.setAll(rows.households(gridFilter.get(), villageFilter.get(), careFilter.get(), syncStates));
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
