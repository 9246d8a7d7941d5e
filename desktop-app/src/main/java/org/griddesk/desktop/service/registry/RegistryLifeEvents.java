package org.griddesk.desktop.service.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.model.validation.FieldProblem;

/**
 * The events of a life in the registry: moving into another household, death, leaving, a household splitting (分户).
 * Each is kept as status and history on the records, validated and written like any other edit (and undone the same
 * way); nobody is deleted.
 */
public final class RegistryLifeEvents {

    private final RegistryIndex index;
    private final RecordWriter writer;
    private final UuidV7Generator ids;
    private final Clock clock;

    RegistryLifeEvents(RegistryIndex index, RecordWriter writer, UuidV7Generator ids, Clock clock) {
        this.index = index;
        this.writer = writer;
        this.ids = ids;
        this.clock = clock;
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
        fields.put(History.FIELD,
                History.with(resident, today(), History.MOVED, "from=" + from + ";to=" + target.id()));
        return applyOne(new PlannedEdit(RecordType.RESIDENT, residentId, fields));
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
        return applyOne(new PlannedEdit(RecordType.RESIDENT, residentId, fields));
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
            fields.put(History.FIELD,
                    History.with(member, today, History.MOVED, "from=" + householdId + ";to=" + newId));
            edits.add(new PlannedEdit(RecordType.RESIDENT, memberId, fields));
        }
        List<FieldRecord> saved = new ArrayList<>();
        List<FieldProblem> problems = writer.apply(edits, saved);
        return new SplitOutcome(problems.isEmpty() ? Optional.of(newId) : Optional.empty(), problems);
    }

    private SaveOutcome applyOne(PlannedEdit edit) {
        List<FieldRecord> saved = new ArrayList<>();
        List<FieldProblem> problems = writer.apply(List.of(edit), saved);
        return problems.isEmpty() ? SaveOutcome.saved(saved.get(0)) : SaveOutcome.refused(problems);
    }

    private FieldRecord requireResident(String id) {
        return index.resident(id).orElseThrow(() -> new IllegalArgumentException("no such resident: " + id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
