package org.griddesk.desktop.ui.issues;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;

import org.griddesk.desktop.service.issues.GridBoundaries;
import org.griddesk.desktop.service.issues.Issue;
import org.griddesk.desktop.service.issues.IssueCategories;
import org.griddesk.desktop.service.issues.IssueCategory;
import org.griddesk.desktop.service.issues.IssuePhotos;
import org.griddesk.desktop.service.issues.IssuePriority;
import org.griddesk.desktop.service.issues.IssueRefusedException;
import org.griddesk.desktop.service.issues.IssueService;
import org.griddesk.desktop.service.issues.IssueStatus;
import org.griddesk.desktop.service.issues.TimelineEntry;
import org.griddesk.desktop.service.map.FieldWork;
import org.griddesk.desktop.ui.common.PlatformErrorText;
import org.griddesk.desktop.ui.common.SyncMark;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.map.MapWorkspaceViewModel;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;
import org.griddesk.model.record.ReviewReturn;
import org.griddesk.sync.store.RecordSyncStatus;

/**
 * The 事件 workspace: the issue list with its filters, the selected issue with its timeline and the steps it may
 * take next, and the form to log a new one. The map shows the same selection.
 */
public final class IssuesViewModel {

    private final IssueService issues;
    private final TaskExecutor executor;
    private final MapWorkspaceViewModel map;
    private final IssueFormViewModel form;
    private final IssuePhotos photos;
    private final ObservableList<Issue> all = FXCollections.observableArrayList();
    private final FilteredList<Issue> shown = new FilteredList<>(all, issue -> true);
    private final ObjectProperty<IssueStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObjectProperty<IssueCategory> categoryFilter = new SimpleObjectProperty<>(this, "categoryFilter");
    private final ObjectProperty<IssuePriority> priorityFilter = new SimpleObjectProperty<>(this, "priorityFilter");
    private final ObjectProperty<Issue> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<ReviewReturn> returned = new SimpleObjectProperty<>(this, "returned");
    private final ObjectProperty<Object> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<String> selectedPhotos = FXCollections.observableArrayList();
    private final ObservableList<IssueStatus> steps = FXCollections.observableArrayList();
    private final StringProperty stepNote = new SimpleStringProperty(this, "stepNote", "");
    private final ObjectProperty<Message> stepError = new SimpleObjectProperty<>(this, "stepError");
    private final ObservableMap<String, RecordSyncStatus> syncStates = FXCollections.observableHashMap();
    private final ObjectProperty<Message> refusal = new SimpleObjectProperty<>(this, "refusal");
    private volatile java.util.Map<String, String> gridNames = java.util.Map.of();
    private String wanted;
    private final ObservableList<GridBoundaries.GridPlace> correctionGrids = FXCollections.observableArrayList();
    private final ObjectProperty<GridBoundaries.GridPlace> correctedGrid = new SimpleObjectProperty<>(this, "correctedGrid");

    public IssuesViewModel(FieldWork work, MapWorkspaceViewModel map, TaskExecutor executor) {
        this.issues = work.issues();
        this.photos = work.photos();
        this.executor = executor;
        this.map = map;
        this.form = new IssueFormViewModel(work.issues(), work.photos(), work.map(), executor, this::reported);
        statusFilter.addListener((observable, before, now) -> refilter());
        categoryFilter.addListener((observable, before, now) -> refilter());
        priorityFilter.addListener((observable, before, now) -> refilter());
        selected.addListener((observable, before, now) -> {
            selectedItem.set(now);
            returned.set(now == null ? null : now.returned().orElse(null));
            showSelected(now);
        });
        map.identifiedIssueProperty().addListener((observable, before, now) -> selectById(now));
        syncStates.addListener((javafx.collections.MapChangeListener<String, RecordSyncStatus>) change -> showRefusal());
    }

    /**
     * Why the platform refused the selected issue, in words, with the grids to correct it to (the usual refusal is
     * a grid outside the worker's): the worker corrects it here and it is sent again. Discarding it stays possible
     * in 同步, as the last choice.
     */
    private void showRefusal() {
        Issue issue = selected.get();
        RecordSyncStatus status = issue == null ? null : syncStates.get(issue.id());
        boolean refused = status != null && status.state() == org.griddesk.sync.store.SyncState.REJECTED;
        refusal.set(refused ? PlatformErrorText.ofStatus(status) : null);
        if (!refused) {
            return;
        }
        executor.execute(progress -> issues.gridsAt(issue.location()), TaskCallbacks.of(choice -> {
            correctionGrids.setAll(choice.known());
            correctedGrid.set(choice.settled());
        }, failure -> stepError.set(new Message("issues.error.load"))));
    }

    /** Gives the refused issue the chosen grid; the edit sends it again on the next sync. */
    public void correctGrid() {
        Issue issue = selected.get();
        GridBoundaries.GridPlace grid = correctedGrid.get();
        if (issue == null || grid == null) {
            stepError.set(new Message("issues.problem.grid_unknown"));
            return;
        }
        stepError.set(null);
        executor.execute(progress -> issues.changeGrid(issue.id(), grid.code()), TaskCallbacks.of(changed -> {
            replace(changed);
            map.refreshRecords();
            refreshSyncStates();
        }, failure -> stepError.set(failure instanceof IssueRefusedException refused
                ? new Message("issues.problem." + refused.problems().get(0).code())
                : new Message("issues.error.save"))));
    }

    /** A grid as people say it: its name when known here, else its code; "—" for none yet. */
    public String gridName(String code) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        String name = gridNames.get(code);
        return name == null || name.isBlank() ? code : name;
    }

    public ObjectProperty<Message> refusalProperty() {
        return refusal;
    }

    public ObservableList<GridBoundaries.GridPlace> correctionGrids() {
        return correctionGrids;
    }

    public ObjectProperty<GridBoundaries.GridPlace> correctedGridProperty() {
        return correctedGrid;
    }

    public void load() {
        form.loadHouseholds();
        executor.execute(progress -> issues.gridsAt(null).known(), TaskCallbacks.of(known -> {
            java.util.Map<String, String> names = new java.util.HashMap<>();
            known.forEach(place -> names.put(place.code(), place.name()));
            gridNames = java.util.Map.copyOf(names);
            Issue shown = selected.get();
            selected.set(null);
            selected.set(shown); // the summary names the grid once the names are read
        }, failure -> { }));
        executor.execute(progress -> issues.list(), TaskCallbacks.of(list -> {
            String keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().id();
            wanted = null;
            all.setAll(list);
            selectById(keep);
            refreshSyncStates();
        }, failure -> stepError.set(new Message("issues.error.load"))));
    }

    /** Reads which issues wait for upload, were rejected or are in conflict (one query), for the list's markers. */
    public void refreshSyncStates() {
        executor.execute(progress -> issues.unsyncedStatuses(), TaskCallbacks.of(states -> {
            syncStates.keySet().retainAll(states.keySet());
            syncStates.putAll(states);
        }, failure -> { }));
    }

    /** The marker of a list item (the view's list is untyped); anything the store does not list is synced. */
    public SyncMark syncMark(Object item) {
        return item instanceof Issue issue ? SyncMark.of(syncStates.get(issue.id())) : SyncMark.SYNCED;
    }

    /** Why the platform rejected the item or what is in conflict, for the marker's tooltip; null if nothing. */
    public Message syncReason(Object item) {
        return PlatformErrorText.ofStatus(item instanceof Issue issue ? syncStates.get(issue.id()) : null);
    }

    public ObservableMap<String, RecordSyncStatus> syncStates() {
        return syncStates;
    }

    private void refilter() {
        IssueStatus status = statusFilter.get();
        IssueCategory category = categoryFilter.get();
        IssuePriority priority = priorityFilter.get();
        IssueCategories categories = issues.categories();
        shown.setPredicate(issue -> (status == null || issue.status() == status)
                && (priority == null || issue.priority() == priority)
                && (category == null || category.code().equals(issue.category())
                        || categories.parentOf(issue.category()).map(IssueCategory::code)
                                .filter(category.code()::equals).isPresent()));
    }

    /** Shows one issue, asked for from elsewhere (a line of 今日), now and again once the list being read is in. */
    public void show(String id) {
        wanted = id;
        statusFilter.set(null);
        categoryFilter.set(null);
        priorityFilter.set(null);
        selectById(id);
    }

    public void selectById(String id) {
        if (id == null) {
            return;
        }
        Optional<Issue> match = all.stream().filter(issue -> issue.id().equals(id)).findFirst();
        match.ifPresent(selected::set);
    }

    private void showSelected(Issue issue) {
        stepNote.set("");
        stepError.set(null);
        timeline.setAll(issue == null ? List.of() : issue.timeline());
        selectedPhotos.setAll(issue == null ? List.of() : issue.photos());
        steps.setAll(issue == null ? List.of() : issue.status().next().stream().sorted().toList());
        if (issue != null) {
            map.identifiedIssueProperty().set(issue.id());
        }
        showRefusal();
    }

    /** One step of the flow; a return needs the reason typed into the note. */
    public void move(IssueStatus target) {
        Issue issue = selected.get();
        if (issue == null) {
            return;
        }
        String note = stepNote.get();
        stepError.set(null);
        executor.execute(progress -> issues.move(issue.id(), target, note), TaskCallbacks.of(moved -> {
            replace(moved);
            map.refreshRecords();
            refreshSyncStates();
        }, failure -> stepError.set(failure instanceof IssueRefusedException refused
                ? new Message("issues.problem." + refused.problems().get(0).code())
                : new Message("issues.error.save"))));
    }

    /**
     * Adds a photo to the selected issue (stored encrypted, then named in the issue); a file that is no photo is
     * refused with the reason and the issue stays as it was.
     */
    public void addPhoto(Path file) {
        Issue issue = selected.get();
        if (issue == null) {
            return;
        }
        stepError.set(null);
        executor.execute(progress -> issues.addPhoto(issue.id(), photos.attach(file)), TaskCallbacks.of(changed -> {
            replace(changed);
            refreshSyncStates();
        }, failure -> stepError.set(failure instanceof IssuePhotos.NotAPhotoException
                ? new Message("issues.photo.notAPhoto") : new Message("issues.photo.error"))));
    }

    /** The same step, named by its status code (as the view's buttons know it). */
    public void move(String statusCode) {
        IssueStatus.fromCode(statusCode).ifPresent(this::move);
    }

    private void reported(Issue issue) {
        all.add(0, issue);
        selected.set(issue);
        map.refreshRecords();
        refreshSyncStates();
    }

    private void replace(Issue issue) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(issue.id())) {
                all.set(i, issue);
            }
        }
        selected.set(issue);
        showSelected(issue);
    }

    /** Filters as the view's untyped choice boxes hand them over: anything else than a value means "all". */
    public void filterStatus(Object choice) {
        statusFilter.set(choice instanceof IssueStatus status ? status : null);
    }

    public void filterCategory(Object choice) {
        categoryFilter.set(choice instanceof IssueCategory category ? category : null);
    }

    public void filterPriority(Object choice) {
        priorityFilter.set(choice instanceof IssuePriority priority ? priority : null);
    }

    public void select(Object choice) {
        if (choice instanceof Issue issue && issue != selected.get()) {
            selected.set(issue);
        }
    }

    public List<IssueCategory> topCategories() {
        return issues.categories().topLevel();
    }

    /** The selection for views, which do not name the service's types. */
    public ObjectProperty<Object> selectedItemProperty() {
        return selectedItem;
    }

    public IssueCategories categories() {
        return issues.categories();
    }

    public IssueFormViewModel form() {
        return form;
    }

    public MapWorkspaceViewModel map() {
        return map;
    }

    public ObservableList<Issue> shownIssues() {
        return shown;
    }

    public ObjectProperty<IssueStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<IssueCategory> categoryFilterProperty() {
        return categoryFilter;
    }

    public ObjectProperty<IssuePriority> priorityFilterProperty() {
        return priorityFilter;
    }

    /** A supervisor's return of the selected issue, null while it is not returned. */
    public ReadOnlyObjectProperty<ReviewReturn> returnedProperty() {
        return returned;
    }

    public ObjectProperty<Issue> selectedProperty() {
        return selected;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    /** The SHA-256 names of the selected issue's photos. */
    public ObservableList<String> selectedPhotos() {
        return selectedPhotos;
    }

    public ObservableList<IssueStatus> steps() {
        return steps;
    }

    public StringProperty stepNoteProperty() {
        return stepNote;
    }

    public ObjectProperty<Message> stepErrorProperty() {
        return stepError;
    }
}
