package org.griddesk.desktop.ui.issues;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.griddesk.desktop.service.issues.GridBoundaries;
import org.griddesk.desktop.service.issues.Issue;
import org.griddesk.desktop.service.issues.IssueCategory;
import org.griddesk.desktop.service.issues.IssueDraft;
import org.griddesk.desktop.service.issues.IssueFields;
import org.griddesk.desktop.service.issues.IssuePhotos;
import org.griddesk.desktop.service.issues.IssuePriority;
import org.griddesk.desktop.service.issues.IssueProblem;
import org.griddesk.desktop.service.issues.IssueRefusedException;
import org.griddesk.desktop.service.issues.IssueService;
import org.griddesk.desktop.service.issues.ResidentChoice;
import org.griddesk.desktop.service.map.MapHit;
import org.griddesk.desktop.service.map.MapService;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;
import org.griddesk.model.record.Location;

/** The form to log an issue: two-level category, text, a place (picked on the map or a household's), photos. */
public final class IssueFormViewModel {

    private final IssueService issues;
    private final IssuePhotos photos;
    private final MapService map;
    private final TaskExecutor executor;
    private final Consumer<Issue> reported;

    private final ObservableList<IssueCategory> topCategories = FXCollections.observableArrayList();
    private final ObservableList<IssueCategory> subCategories = FXCollections.observableArrayList();
    private final ObjectProperty<IssueCategory> topCategory = new SimpleObjectProperty<>(this, "topCategory");
    private final ObjectProperty<IssueCategory> subCategory = new SimpleObjectProperty<>(this, "subCategory");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty grid = new SimpleStringProperty(this, "grid", "");
    private final ObjectProperty<Location> location = new SimpleObjectProperty<>(this, "location");
    private final ObjectProperty<IssuePriority> priority = new SimpleObjectProperty<>(this, "priority", IssuePriority.NORMAL);
    private final ObservableList<String> photoNames = FXCollections.observableArrayList();
    private final BooleanProperty sendOriginal = new SimpleBooleanProperty(false);
    private final ObservableList<MapHit> households = FXCollections.observableArrayList();
    private final ObjectProperty<MapHit> household = new SimpleObjectProperty<>(this, "household");
    private final ObservableList<ResidentChoice> residents = FXCollections.observableArrayList();
    private final ObservableList<ResidentChoice> chosenResidents = FXCollections.observableArrayList();
    private final BooleanProperty picking = new SimpleBooleanProperty(this, "picking", false);
    private final ObjectProperty<Message> titleError = new SimpleObjectProperty<>(this, "titleError");
    private final ObjectProperty<Message> categoryError = new SimpleObjectProperty<>(this, "categoryError");
    private final ObjectProperty<Message> locationError = new SimpleObjectProperty<>(this, "locationError");
    private final ObservableList<GridBoundaries.GridPlace> gridChoices = FXCollections.observableArrayList();
    private final ObjectProperty<GridBoundaries.GridPlace> gridChoice = new SimpleObjectProperty<>(this, "gridChoice");
    private final ObjectProperty<Message> gridError = new SimpleObjectProperty<>(this, "gridError");
    private final ObjectProperty<Message> notice = new SimpleObjectProperty<>(this, "notice");

    public IssueFormViewModel(IssueService issues, IssuePhotos photos, MapService map, TaskExecutor executor,
                              Consumer<Issue> reported) {
        this.issues = issues;
        this.photos = photos;
        this.map = map;
        this.executor = executor;
        this.reported = reported;
        topCategories.setAll(issues.categories().topLevel());
        topCategory.addListener((observable, before, now) -> {
            subCategories.setAll(now == null ? List.of() : now.children());
            subCategory.set(null);
        });
        household.addListener((observable, before, now) -> useHousehold(now));
        location.addListener((observable, before, now) -> findGrid(now));
        gridChoice.addListener((observable, before, now) -> {
            grid.set(now == null ? "" : now.code());
            gridError.set(null);
        });
        findGrid(null);
    }

    /** The grid comes from where the issue is; the worker chooses only on a border or outside every grid. */
    private void findGrid(Location at) {
        executor.execute(progress -> issues.gridsAt(at), TaskCallbacks.of(choice -> {
            gridChoices.setAll(choice.offered());
            gridChoice.set(choice.settled());
        }, failure -> notice.set(new Message("issues.error.load"))));
    }

    public ObservableList<GridBoundaries.GridPlace> gridChoices() {
        return gridChoices;
    }

    public ObjectProperty<GridBoundaries.GridPlace> gridChoiceProperty() {
        return gridChoice;
    }

    public ObjectProperty<Message> gridErrorProperty() {
        return gridError;
    }

    public void loadHouseholds() {
        executor.execute(progress -> map.householdPlaces(), TaskCallbacks.of(households::setAll,
                failure -> notice.set(new Message("issues.error.load"))));
    }

    /** The view puts its map into pick mode; {@link #picked} receives the click. */
    public void startPicking() {
        picking.set(true);
    }

    public void picked(double lon, double lat) {
        picking.set(false);
        location.set(new Location(lon, lat));
        locationError.set(null);
    }

    private void useHousehold(MapHit place) {
        residents.clear();
        chosenResidents.clear();
        if (place == null) {
            return;
        }
        location.set(place.location());
        locationError.set(null);
        executor.execute(progress -> issues.residentsOf(place.id()), TaskCallbacks.of(residents::setAll,
                failure -> notice.set(new Message("issues.error.load"))));
    }

    /**
     * Stores the picture encrypted; only its SHA-256 goes into the record: that of a copy made small for sending,
     * unless the worker asked to send the original.
     */
    public void attachPhoto(Path file) {
        boolean original = sendOriginal.get();
        executor.execute(progress -> photos.attach(file, original), TaskCallbacks.of(sha256 -> {
            if (!photoNames.contains(sha256)) {
                photoNames.add(sha256);
            }
            notice.set(null);
        }, failure -> notice.set(failure instanceof IssuePhotos.NotAPhotoException
                ? new Message("issues.photo.notAPhoto") : new Message("issues.photo.error"))));
    }

    public void loadPhoto(String sha256, Consumer<byte[]> show) {
        executor.execute(progress -> photos.read(sha256), TaskCallbacks.of(show,
                failure -> notice.set(failure instanceof IssuePhotos.PhotoNotHereException
                        ? new Message("issues.photo.notHere") : new Message("issues.photo.error"))));
    }

    public void save() {
        IssueCategory category = subCategory.get() != null ? subCategory.get() : topCategory.get();
        IssueDraft draft = new IssueDraft(grid.get(), category == null ? null : category.code(), title.get(),
                description.get(), location.get(), priority.get(), List.copyOf(photoNames),
                chosenResidents.stream().map(ResidentChoice::id).toList());
        clearErrors();
        executor.execute(progress -> issues.report(draft), TaskCallbacks.of(issue -> {
            clear();
            notice.set(new Message("issues.form.saved", issue.title()));
            reported.accept(issue);
        }, this::refused));
    }

    private void refused(Throwable failure) {
        if (!(failure instanceof IssueRefusedException refused)) {
            notice.set(new Message("issues.error.save"));
            return;
        }
        for (IssueProblem problem : refused.problems()) {
            Message message = new Message("issues.problem." + problem.code());
            switch (problem.field()) {
                case IssueFields.TITLE -> titleError.set(message);
                case IssueFields.CATEGORY -> categoryError.set(message);
                case IssueFields.LOCATION -> locationError.set(message);
                case IssueFields.GRID -> gridError.set(message);
                default -> notice.set(message);
            }
        }
    }

    private void clearErrors() {
        titleError.set(null);
        categoryError.set(null);
        locationError.set(null);
        gridError.set(null);
        notice.set(null);
    }

    public void clear() {
        topCategory.set(null);
        title.set("");
        description.set("");
        location.set(null);
        priority.set(IssuePriority.NORMAL);
        photoNames.clear();
        household.set(null);
        clearErrors();
    }

    public List<IssuePriority> priorities() {
        return new ArrayList<>(List.of(IssuePriority.values()));
    }

    public ObservableList<IssueCategory> topCategories() {
        return topCategories;
    }

    public ObservableList<IssueCategory> subCategories() {
        return subCategories;
    }

    public ObjectProperty<IssueCategory> topCategoryProperty() {
        return topCategory;
    }

    public ObjectProperty<IssueCategory> subCategoryProperty() {
        return subCategory;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty gridProperty() {
        return grid;
    }

    public ObjectProperty<Location> locationProperty() {
        return location;
    }

    public ObjectProperty<IssuePriority> priorityProperty() {
        return priority;
    }

    /** Off by default: photos leave the laptop small (a 2G link), the original stays here. */
    public BooleanProperty sendOriginalProperty() {
        return sendOriginal;
    }

    public ObservableList<String> photoNames() {
        return photoNames;
    }

    public ObservableList<MapHit> households() {
        return households;
    }

    public ObjectProperty<MapHit> householdProperty() {
        return household;
    }

    public ObservableList<ResidentChoice> residents() {
        return residents;
    }

    public ObservableList<ResidentChoice> chosenResidents() {
        return chosenResidents;
    }

    public BooleanProperty pickingProperty() {
        return picking;
    }

    public ObjectProperty<Message> titleErrorProperty() {
        return titleError;
    }

    public ObjectProperty<Message> categoryErrorProperty() {
        return categoryError;
    }

    public ObjectProperty<Message> locationErrorProperty() {
        return locationError;
    }

    public ObjectProperty<Message> noticeProperty() {
        return notice;
    }
}
