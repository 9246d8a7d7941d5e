package org.griddesk.desktop.service.issues;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.griddesk.desktop.store.sync.LocalRecords;
import org.griddesk.model.record.Location;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;

/**
 * Logging issues and moving them through their status flow. Every write goes through {@link LocalChanges}, so it
 * lands in the outbox and syncs; every status step is appended to the record's timeline.
 */
public final class IssueService {

    private final DeviceStore store;
    private final LocalChanges changes;
    private final RecordsOfType records;
    private final IssueCategories categories;
    private final UuidV7Generator ids;
    private final Clock clock;
    private final Supplier<String> actor;
    private final GridBoundaries boundaries;
    private Supplier<String> defaultGrid = () -> "";

    public IssueService(DeviceStore store, HybridLogicalClock hlc, RecordsOfType records, IssueCategories categories,
                        UuidV7Generator ids, Clock clock, Supplier<String> actor) {
        this.store = store;
        this.changes = new LocalChanges(store, hlc);
        this.records = records;
        this.categories = categories;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        this.boundaries = new GridBoundaries(records);
    }

    /**
     * The grid a new issue belongs to when the form names none and no grid boundary is known yet (the signed-in
     * worker's only grid; empty when it holds several: the grid is then found from the location once known).
     */
    public IssueService withDefaultGrid(Supplier<String> grid) {
        this.defaultGrid = grid;
        return this;
    }

    public IssueCategories categories() {
        return categories;
    }

    /** Validates first; a refused draft writes nothing. */
    public Issue report(IssueDraft draft) {
        List<IssueProblem> problems = new IssueValidation(categories).check(draft);
        if (!problems.isEmpty()) {
            throw new IssueRefusedException(problems);
        }
        String grid = gridFor(draft);
        String reporter = actor.get();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(IssueFields.GRID, grid);
        fields.put(IssueFields.CATEGORY, draft.category());
        fields.put(IssueFields.TITLE, draft.title());
        fields.put(IssueFields.DESCRIPTION, draft.description());
        fields.put(IssueFields.LOCATION, draft.location().toWire());
        fields.put(IssueFields.STATUS, IssueStatus.REPORTED.code());
        fields.put(IssueFields.PRIORITY, draft.priority().code());
        fields.put(IssueFields.PHOTOS, draft.photos());
        fields.put(IssueFields.RESIDENT_IDS, draft.residentIds());
        fields.put(IssueFields.REPORTER, reporter);
        fields.put(IssueFields.TIMELINE,
                List.of(new TimelineEntry(clock.instant(), reporter, IssueStatus.REPORTED, "").toText()));
        return Issue.of(changes.set(new RecordKey(IssueFields.TYPE, ids.nextId()), fields));
    }

    /**
     * The grid of a new issue comes from where it is: the one grid whose boundary holds its location. On a border,
     * or outside every known grid, the worker must choose (refused until then); the choice must be a known grid
     * when any is known. Before any boundary has reached the device, the worker's only grid, else none yet.
     */
    private String gridFor(IssueDraft draft) {
        List<GridBoundaries.GridPlace> known = boundaries.known();
        if (!draft.grid().isEmpty()) {
            if (!known.isEmpty() && known.stream().noneMatch(place -> place.code().equals(draft.grid()))) {
                throw refused(IssueFields.GRID, IssueProblem.GRID_UNKNOWN);
            }
            return draft.grid();
        }
        if (!boundaries.anyBoundary()) {
            return defaultGrid.get();
        }
        List<GridBoundaries.GridPlace> here = boundaries.at(draft.location());
        if (here.size() == 1) {
            return here.get(0).code();
        }
        throw refused(IssueFields.GRID, here.isEmpty() ? IssueProblem.GRID_OUTSIDE : IssueProblem.GRID_AMBIGUOUS);
    }

    /** What a form offers for a location: the grids holding it, and every grid known to choose from otherwise. */
    public GridChoice gridsAt(Location location) {
        List<GridBoundaries.GridPlace> known = boundaries.known();
        return new GridChoice(location == null ? List.of() : boundaries.at(location), known);
    }

    /**
     * Gives an issue another grid, e.g. one refused as out of the worker's grids: the edit puts it back in the
     * outbox, so the next sync sends it again.
     */
    public Issue changeGrid(String id, String grid) {
        find(id).orElseThrow(() -> refused(IssueFields.GRID, IssueProblem.UNKNOWN_ISSUE));
        if (grid == null || grid.isBlank()
                || boundaries.known().stream().noneMatch(place -> place.code().equals(grid.strip()))) {
            throw refused(IssueFields.GRID, IssueProblem.GRID_UNKNOWN);
        }
        return Issue.of(changes.set(new RecordKey(IssueFields.TYPE, id), Map.of(IssueFields.GRID, grid.strip())));
    }

    /**
     * Issues reported before the device knew where its grids lie get the grid their location falls in, now that
     * it does (one grid only; on a border the worker still chooses). Returns how many were placed.
     */
    public int placeUnplaced() {
        if (!boundaries.anyBoundary()) {
            return 0;
        }
        int placed = 0;
        for (Issue issue : list()) {
            if ((issue.grid() != null && !issue.grid().isBlank()) || issue.location() == null) {
                continue;
            }
            List<GridBoundaries.GridPlace> here = boundaries.at(issue.location());
            if (here.size() == 1) {
                changes.set(new RecordKey(IssueFields.TYPE, issue.id()), Map.of(IssueFields.GRID, here.get(0).code()));
                placed++;
            }
        }
        return placed;
    }

    /** One step of the flow; an illegal step or a return without a reason is refused and changes nothing. */
    public Issue move(String id, IssueStatus target, String note) {
        Issue issue = find(id).orElseThrow(() -> refused(IssueFields.STATUS, IssueProblem.UNKNOWN_ISSUE));
        if (!issue.status().canMoveTo(target)) {
            throw refused(IssueFields.STATUS, IssueProblem.ILLEGAL_TRANSITION);
        }
        String reason = note == null ? "" : note.strip();
        if (target.needsReason() && reason.isEmpty()) {
            throw refused(IssueFields.STATUS, IssueProblem.REASON_REQUIRED);
        }
        List<String> timeline = new ArrayList<>();
        issue.timeline().forEach(entry -> timeline.add(entry.toText()));
        timeline.add(new TimelineEntry(clock.instant(), actor.get(), target, reason).toText());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(IssueFields.STATUS, target.code());
        fields.put(IssueFields.TIMELINE, timeline);
        return Issue.of(changes.set(new RecordKey(IssueFields.TYPE, id), fields));
    }

    public Issue addPhoto(String id, String sha256) {
        Issue issue = find(id).orElseThrow(() -> refused(IssueFields.PHOTOS, IssueProblem.UNKNOWN_ISSUE));
        if (issue.photos().contains(sha256)) {
            return issue;
        }
        List<String> photos = new ArrayList<>(issue.photos());
        photos.add(sha256);
        return Issue.of(changes.set(new RecordKey(IssueFields.TYPE, id), Map.of(IssueFields.PHOTOS, photos)));
    }

    public Optional<Issue> find(String id) {
        return store.localView(new RecordKey(IssueFields.TYPE, id))
                .filter(record -> !record.deleted())
                .map(Issue::of);
    }

    /** Newest first: record ids are UUIDv7, which sort by creation time. */
    public List<Issue> list() {
        return records.localViews(IssueFields.TYPE).stream()
                .filter(record -> !record.deleted())
                .sorted(Comparator.comparing(SyncRecord::id).reversed())
                .map(Issue::of)
                .toList();
    }

    /** The sync state of every issue that is not synced, by id (one query on the device store). */
    public Map<String, RecordSyncStatus> unsyncedStatuses() {
        if (store instanceof LocalRecords bulk) {
            return bulk.unsyncedStatuses(IssueFields.TYPE);
        }
        Map<String, RecordSyncStatus> states = new LinkedHashMap<>();
        for (RecordKey key : store.records()) {
            RecordSyncStatus status = store.status(key);
            if (key.type().equals(IssueFields.TYPE) && status.state() != SyncState.SYNCED) {
                states.put(key.id(), status);
            }
        }
        return states;
    }

    /** The residents of a household, for the "residents involved" choice of the form. */
    public List<ResidentChoice> residentsOf(String householdId) {
        return records.localViews(RecordType.RESIDENT.wireName()).stream()
                .filter(record -> !record.deleted())
                .filter(record -> householdId.equals(record.field(ResidentFields.HOUSEHOLD_ID)))
                .map(record -> new ResidentChoice(record.id(), String.valueOf(record.field(ResidentFields.NAME))))
                .toList();
    }

    private static IssueRefusedException refused(String field, String code) {
        return new IssueRefusedException(List.of(new IssueProblem(field, code)));
    }
}
