package org.griddesk.desktop.ui.households;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.ui.common.GridLabel;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.task.TaskExecutor;
import org.griddesk.model.code.DivisionTable;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.VisitFields;

/**
 * The forms of the 住户 workspace: a new or edited household, resident or visit, opened on the shown household,
 * kept as a draft while typed and saved in the background.
 */
final class HouseholdForms {

    static final List<String> HOUSEHOLD_FORM = List.of(HouseholdFields.ADDRESS, HouseholdFields.HOUSE_NO,
            HouseholdFields.DIVISION_CODE, HouseholdFields.GRID, HouseholdFields.HOUSEHOLD_TYPE);
    static final List<String> RESIDENT_FORM = List.of(ResidentFields.NAME, ResidentFields.ID_NUMBER,
            ResidentFields.SEX, ResidentFields.BIRTH_DATE, ResidentFields.ETHNICITY, ResidentFields.RELATION,
            ResidentFields.PHONE);
    static final List<String> VISIT_FORM = List.of(VisitFields.DATE, VisitFields.PURPOSE, VisitFields.NOTES);

    /** What the forms need from the workspace around them. */
    interface Host {
        /** Null until the registry is read. */
        RegistryService registry();

        /** Null when no household is shown. */
        HouseholdDetail shown();

        List<String> grids();

        Map<String, String> gridNames();

        void show(RecordFormViewModel form);

        void closeForm();

        void saved(FieldRecord record);
    }

    private final Host host;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final FormDraftKeeper drafts;

    HouseholdForms(Host host, TaskExecutor executor, DialogService dialogs, FormDraftKeeper drafts) {
        this.host = host;
        this.executor = executor;
        this.dialogs = dialogs;
        this.drafts = drafts;
    }

    void newHousehold() {
        if (host.registry() == null) {
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

    void editHousehold() {
        HouseholdDetail shown = host.shown();
        if (shown != null) {
            open(form(RecordType.HOUSEHOLD, shown.id(), HOUSEHOLD_FORM), host.registry().household(shown.id()).orElseThrow());
        }
    }

    void newResident() {
        HouseholdDetail shown = host.shown();
        if (shown == null) {
            return;
        }
        RecordFormViewModel resident = form(RecordType.RESIDENT, null, RESIDENT_FORM);
        resident.fields().value(ResidentFields.ETHNICITY).set("01");
        resident.fields().value(ResidentFields.RELATION).set(shown.members().isEmpty() ? ResidentFields.RELATION_HEAD : "");
        open(resident, null);
    }

    /** A visit (走访记录) to the shown household, dated today; the worker is filled in when it is saved. */
    void newVisit() {
        if (host.shown() == null || host.registry() == null) {
            return;
        }
        RecordFormViewModel visit = form(RecordType.VISIT, null, VISIT_FORM);
        visit.fields().value(VisitFields.DATE).set(today().toString());
        open(visit, null);
    }

    void editResident(MemberRow member) {
        if (member != null && host.shown() != null) {
            open(form(RecordType.RESIDENT, member.id(), RESIDENT_FORM), host.registry().resident(member.id()).orElseThrow());
        }
    }

    private static LocalDate today() {
        return LocalDate.now(Registries.CHINA);
    }

    /** The grid of the shown household, or the first grid shown: where a new record or an import goes. */
    Optional<String> gridOfSelection() {
        return Optional.ofNullable(host.shown()).flatMap(d -> host.registry().household(d.id()))
                .flatMap(h -> h.string(HouseholdFields.GRID)).or(() -> host.grids().stream().findFirst());
    }

    private void open(RecordFormViewModel opened, FieldRecord existing) {
        if (existing != null) {
            opened.fields().load(existing);
        }
        opened.startDrafting();
        host.show(opened);
    }

    private RecordFormViewModel form(RecordType type, String id, List<String> fields) {
        String householdId = host.shown() == null ? null : host.shown().id();
        RegistryService registry = host.registry();
        RecordFormViewModel.Saver saver = switch (type) {
            case HOUSEHOLD -> registry::saveHousehold;
            case VISIT -> (visitId, values) -> registry.saveVisit(householdId, values);
            default -> (residentId, values) -> registry.saveResident(residentId, withHousehold(values, householdId));
        };
        RecordFormViewModel opened = new RecordFormViewModel(type, id, fields, saver, executor, dialogs, host::saved,
                host::closeForm, drafts);
        opened.offerGrids(gridChoices(), DivisionTable.bundled());
        return opened;
    }

    /** Every grid known here (the account's, the pulled ones, those of the households shown), by name. */
    private List<CodeChoice> gridChoices() {
        TreeSet<String> codes = new TreeSet<>(host.gridNames().keySet());
        codes.addAll(host.grids());
        return codes.stream().filter(code -> !code.isBlank())
                .map(code -> new CodeChoice(code, GridLabel.of(code, host.gridNames().get(code)))).toList();
    }

    private static Map<String, Object> withHousehold(Map<String, Object> values, String householdId) {
        Map<String, Object> complete = new LinkedHashMap<>(values);
        complete.putIfAbsent(ResidentFields.HOUSEHOLD_ID, householdId);
        if (complete.get(ResidentFields.HOUSEHOLD_ID) == null) {
            complete.put(ResidentFields.HOUSEHOLD_ID, householdId);
        }
        return complete;
    }
}
