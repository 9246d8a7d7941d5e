package org.griddesk.desktop.service.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.griddesk.desktop.service.registry.imports.ExistingResidents;
import org.griddesk.desktop.service.registry.imports.ResidentImporter;
import org.griddesk.desktop.service.registry.search.ResidentSearch;
import org.griddesk.desktop.store.sync.LocalRecords;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.model.record.VisitFields;
import org.griddesk.model.validation.FieldProblem;
import org.griddesk.model.validation.RecordValidator;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;

/**
 * Households and residents (户 and 人员) as synced records: reading them, creating and editing them with
 * field-model's validation before anything is written, and the events of a life in the registry (moving,
 * death, leaving, a household splitting), which are kept as status and history and never deleted.
 */
public final class RegistryService {

    private static final Set<String> REGISTRY_TYPES = Set.of(RecordType.HOUSEHOLD.wireName(),
            RecordType.RESIDENT.wireName(), RecordType.VISIT.wireName());

    private final DeviceStore store;
    private final UuidV7Generator ids;
    private final Clock clock;
    private final AuditLog audit;
    private final String actor;
    private final RegistryIndex index = new RegistryIndex(new ResidentSearch());
    private final RecordWriter writer;
    private final RecordValidator validator;

    public RegistryService(DeviceStore store, HybridLogicalClock hlc, RecordValidator validator, UuidV7Generator ids,
                           Clock clock, AuditLog audit, String actor) {
        this.store = Objects.requireNonNull(store, "store");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.writer = new RecordWriter(store, new LocalChanges(store, hlc), validator, index);
    }

    /** Reads every household, resident and visit once (at unlock) and feeds the search. */
    public RegistryService load() {
        index.loadAll(readAll());
        return this;
    }

    /** Reads the store again, after a sync brought or took records; the undo history stays. */
    public RegistryService reload() {
        index.replaceAll(readAll());
        return this;
    }

    private List<FieldRecord> readAll() {
        List<FieldRecord> records = new ArrayList<>();
        if (store instanceof LocalRecords bulk) {
            // one query per type: a village of thousands unlocks without thousands of reads
            REGISTRY_TYPES.forEach(type -> bulk.localViews(type).stream()
                    .flatMap(view -> RecordConversion.toFieldRecord(view).stream()).forEach(records::add));
            return records;
        }
        for (RecordKey key : store.records()) {
            if (REGISTRY_TYPES.contains(key.type())) {
                store.localView(key).flatMap(RecordConversion::toFieldRecord).ifPresent(records::add);
            }
        }
        return records;
    }

    /**
     * The sync state of every household, resident and visit that is not synced, by record id: one query per
     * type on the device store, a scan of the records elsewhere.
     */
    public Map<String, RecordSyncStatus> unsyncedStatuses() {
        Map<String, RecordSyncStatus> states = new java.util.HashMap<>();
        if (store instanceof LocalRecords bulk) {
            REGISTRY_TYPES.forEach(type -> states.putAll(bulk.unsyncedStatuses(type)));
            return states;
        }
        for (RecordKey key : store.records()) {
            RecordSyncStatus status = store.status(key);
            if (REGISTRY_TYPES.contains(key.type()) && status.state() != SyncState.SYNCED) {
                states.put(key.id(), status);
            }
        }
        return states;
    }

    public ResidentSearch search() {
        return index.search();
    }

    public List<FieldRecord> households() {
        return index.households();
    }

    public List<FieldRecord> residents() {
        return index.residents();
    }

    public Optional<FieldRecord> household(String id) {
        return index.household(id);
    }

    public Optional<FieldRecord> resident(String id) {
        return index.resident(id);
    }

    public List<FieldRecord> membersOf(String householdId) {
        return index.membersOf(householdId);
    }

    public List<FieldRecord> visitsOf(String householdId) {
        return index.visitsOf(householdId);
    }

    public ResidentFacts facts(FieldRecord resident) {
        String householdId = resident.string(ResidentFields.HOUSEHOLD_ID).orElse("");
        return ResidentFacts.of(resident, index.membersOf(householdId), today());
    }

    /** A new household when {@code id} is null, otherwise the given fields of an existing one. */
    public SaveOutcome saveHousehold(String id, Map<String, Object> fields) {
        return save(RecordType.HOUSEHOLD, id, fields);
    }

    /** A new resident when {@code id} is null; its grid defaults to its household's. */
    public SaveOutcome saveResident(String id, Map<String, Object> fields) {
        Map<String, Object> complete = new LinkedHashMap<>(fields);
        if (id == null) {
            complete.putIfAbsent(ResidentFields.STATUS, ResidentFacts.STATUS_ACTIVE);
            Object householdId = complete.get(ResidentFields.HOUSEHOLD_ID);
            index.household(householdId == null ? null : householdId.toString())
                    .flatMap(h -> h.string(HouseholdFields.GRID))
                    .ifPresent(grid -> complete.putIfAbsent(ResidentFields.GRID, grid));
        }
        return save(RecordType.RESIDENT, id, complete);
    }

    /**
     * A new visit (走访记录) to a household: its grid comes from the household and the worker, unless given, is
     * whoever this registry acts for (the signed-in worker, else the device).
     */
    public SaveOutcome saveVisit(String householdId, Map<String, Object> fields) {
        FieldRecord household = index.household(householdId)
                .orElseThrow(() -> new IllegalArgumentException("no such household: " + householdId));
        Map<String, Object> complete = new LinkedHashMap<>(fields);
        complete.put(VisitFields.HOUSEHOLD_ID, householdId);
        household.string(HouseholdFields.GRID).ifPresent(grid -> complete.putIfAbsent(VisitFields.GRID, grid));
        if (complete.get(VisitFields.WORKER) == null) {
            complete.put(VisitFields.WORKER, actor);
        }
        return save(RecordType.VISIT, null, complete);
    }

    private SaveOutcome save(RecordType type, String id, Map<String, Object> fields) {
        String recordId = id == null ? ids.nextId() : id;
        if (id != null && index.find(type, id).isEmpty()) {
            throw new IllegalArgumentException("no such " + type.wireName() + ": " + id);
        }
        return apply(List.of(new PlannedEdit(type, recordId, fields))).map(list -> list.get(0));
    }

    /** A deleted record stays in the outbox as a tombstone until the platform has it; undo does not bring it back. */
    public void deleteResident(String id) {
        writer.delete(index.resident(id).orElseThrow(() -> new IllegalArgumentException("no such resident: " + id)));
    }

    public void deleteHousehold(String id) {
        FieldRecord household = index.household(id).orElseThrow(() -> new IllegalArgumentException("no such household: " + id));
        if (!index.membersOf(id).isEmpty()) {
            throw new IllegalStateException("a household with members cannot be deleted; move or record them first");
        }
        writer.delete(household);
    }

    /** Moves a resident into another household with its new relation to that head; the old one stays in the history. */
    public SaveOutcome moveResident(String residentId, String targetHouseholdId, String relation) {
        FieldRecord resident = requireResident(residentId);
        FieldRecord target = index.household(targetHouseholdId)
                .orElseThrow(() -> new IllegalArgumentException("no such household: " + targetHouseholdId));
        String from = resident.string(ResidentFields.HOUSEHOLD_ID).orElse("");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(ResidentFields.HOUSEHOLD_ID, target.id());
        fields.put(ResidentFields.RELATION, relation);
        target.string(HouseholdFields.GRID).ifPresent(grid -> fields.put(ResidentFields.GRID, grid));
        fields.put(History.FIELD, History.with(resident, today(), History.MOVED, "from=" + from + ";to=" + target.id()));
        return apply(List.of(new PlannedEdit(RecordType.RESIDENT, residentId, fields))).map(list -> list.get(0));
    }

    public SaveOutcome recordDeath(String residentId, LocalDate date) {
        return changeStatus(residentId, ResidentFacts.STATUS_DECEASED, History.DECEASED, date);
    }

    public SaveOutcome recordMoveAway(String residentId, LocalDate date) {
        return changeStatus(residentId, ResidentFacts.STATUS_MOVED_OUT, History.MOVED_OUT, date);
    }

    private SaveOutcome changeStatus(String residentId, String status, String event, LocalDate date) {
        FieldRecord resident = requireResident(residentId);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(ResidentFields.STATUS, status);
        fields.put(History.FIELD, History.with(resident, date, event, "status=" + status));
        return apply(List.of(new PlannedEdit(RecordType.RESIDENT, residentId, fields))).map(list -> list.get(0));
    }

    /**
     * Splits members off into a new household (分户) headed by {@code newHeadId}: the new household copies the
     * old one's place unless {@code householdFields} says otherwise, and both keep the split in their history.
     *
     * @return the new household first, then the moved members
     */
    public SplitOutcome splitHousehold(String householdId, List<String> memberIds, String newHeadId,
                                       Map<String, Object> householdFields) {
        FieldRecord old = index.household(householdId)
                .orElseThrow(() -> new IllegalArgumentException("no such household: " + householdId));
        if (!memberIds.contains(newHeadId)) {
            throw new IllegalArgumentException("the new head must be one of the members split off");
        }
        String newId = ids.nextId();
        LocalDate today = today();
        Map<String, Object> created = new LinkedHashMap<>(old.fields());
        created.remove(History.FIELD);
        created.putAll(householdFields);
        created.put(HouseholdFields.HEAD_ID, newHeadId);
        created.put(History.FIELD, List.of(today + ";" + History.SPLIT_FROM + ";from=" + householdId));
        List<PlannedEdit> edits = new ArrayList<>();
        edits.add(new PlannedEdit(RecordType.HOUSEHOLD, newId, created));
        edits.add(new PlannedEdit(RecordType.HOUSEHOLD, householdId,
                Map.of(History.FIELD, History.with(old, today, History.SPLIT, "to=" + newId))));
        for (String memberId : memberIds) {
            FieldRecord member = requireResident(memberId);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(ResidentFields.HOUSEHOLD_ID, newId);
            if (memberId.equals(newHeadId)) {
                fields.put(ResidentFields.RELATION, ResidentFields.RELATION_HEAD);
            }
            fields.put(History.FIELD, History.with(member, today, History.MOVED, "from=" + householdId + ";to=" + newId));
            edits.add(new PlannedEdit(RecordType.RESIDENT, memberId, fields));
        }
        List<FieldRecord> saved = new ArrayList<>();
        List<FieldProblem> problems = writer.apply(edits, saved);
        return new SplitOutcome(problems.isEmpty() ? Optional.of(newId) : Optional.empty(), problems);
    }

    public boolean canUndo() {
        return writer.canUndo();
    }

    public boolean undoLast() {
        return writer.undoLast();
    }

    /** The full identity number, for the one screen that needs it; the reading is written to the audit log. */
    public String revealIdNumber(String residentId) {
        return reveal(residentId, ResidentFields.ID_NUMBER, AuditLog.REVEAL_ID);
    }

    public String revealPhone(String residentId) {
        return reveal(residentId, ResidentFields.PHONE, AuditLog.REVEAL_PHONE);
    }

    private String reveal(String residentId, String field, String action) {
        String value = requireResident(residentId).string(field).orElse("");
        audit.record(actor, action, RecordType.RESIDENT.wireName(), residentId, field);
        return value;
    }

    /** An export with full numbers hands every one of them out at once; it is audited like a reveal. */
    public void recordFullNumberExport(int residents) {
        audit.record(actor, AuditLog.EXPORT_FULL, RecordType.RESIDENT.wireName(), null, "residents=" + residents);
    }

    /** The dry run of a resident list, with the same rules and id source as every other change. */
    public ResidentImporter importer(Locale locale) {
        return new ResidentImporter(validator, ids, locale);
    }

    public ExistingResidents existingResidents() {
        return ExistingResidents.of(index.residents());
    }

    Optional<FieldRecord> find(RecordType type, String id) {
        return index.find(type, id);
    }

    RecordWriter writer() {
        return writer;
    }

    private Outcome apply(List<PlannedEdit> edits) {
        List<FieldRecord> saved = new ArrayList<>();
        List<FieldProblem> problems = writer.apply(edits, saved);
        return new Outcome(saved, problems);
    }

    private FieldRecord requireResident(String id) {
        return index.resident(id).orElseThrow(() -> new IllegalArgumentException("no such resident: " + id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Outcome(List<FieldRecord> saved, List<FieldProblem> problems) {
        SaveOutcome map(java.util.function.Function<List<FieldRecord>, FieldRecord> pick) {
            return problems.isEmpty() ? SaveOutcome.saved(pick.apply(saved)) : SaveOutcome.refused(problems);
        }
    }
}
