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
 * field-model's validation before anything is written, undoing the last change, and revealing a full number with an
 * audit entry. The events of a life in the registry are {@link RegistryLifeEvents}.
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
    private final RegistryLifeEvents lifeEvents;

    public RegistryService(DeviceStore store, HybridLogicalClock hlc, RecordValidator validator, UuidV7Generator ids,
                           Clock clock, AuditLog audit, String actor) {
        this.store = Objects.requireNonNull(store, "store");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.writer = new RecordWriter(store, new LocalChanges(store, hlc), validator, index);
        this.lifeEvents = new RegistryLifeEvents(index, writer, ids, clock);
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

    /** Moving, death, leaving and a household splitting: kept as status and history, never deleted. */
    public RegistryLifeEvents lifeEvents() {
        return lifeEvents;
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
