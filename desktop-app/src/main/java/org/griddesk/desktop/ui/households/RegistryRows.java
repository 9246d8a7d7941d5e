package org.griddesk.desktop.ui.households;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.griddesk.desktop.service.registry.ResidentFacts;
import org.griddesk.desktop.ui.common.PlatformErrorText;
import org.griddesk.desktop.ui.common.SyncMark;
import org.griddesk.desktop.service.registry.History;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.registry.search.SearchHit;
import org.griddesk.model.code.CodeSet;
import org.griddesk.model.code.DivisionTable;
import org.griddesk.model.privacy.Masking;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.ReviewReturn;
import org.griddesk.model.record.VisitFields;
import org.griddesk.sync.store.RecordSyncStatus;

/** Turns the registry's records into the rows the screens show, with code names in the UI's language. */
final class RegistryRows {

    private final RegistryService registry;
    private final DivisionTable divisions = DivisionTable.bundled();

    RegistryRows(RegistryService registry) {
        this.registry = registry;
    }

    List<HouseholdRow> households(String grid, String village, CareFilter care) {
        return households(grid, village, care, Map.of());
    }

    /** The rows with each one's sync marker: the household's own state or its residents' most urgent one. */
    List<HouseholdRow> households(String grid, String village, CareFilter care, Map<String, RecordSyncStatus> states) {
        Map<String, List<FieldRecord>> byHousehold = registry.residents().stream().collect(Collectors.groupingBy(
                r -> r.string(ResidentFields.HOUSEHOLD_ID).orElse("")));
        List<HouseholdRow> rows = new ArrayList<>();
        for (FieldRecord household : registry.households()) {
            if (!matches(household, HouseholdFields.GRID, grid) || !matches(household, HouseholdFields.DIVISION_CODE, village)) {
                continue;
            }
            List<FieldRecord> members = byHousehold.getOrDefault(household.id(), List.of());
            List<ResidentFacts> facts = members.stream().map(registry::facts).toList();
            boolean old = facts.stream().anyMatch(f -> f.active() && f.aged80Plus());
            boolean alone = facts.stream().anyMatch(f -> f.active() && f.livingAlone());
            if ((care == CareFilter.AGED_80_PLUS && !old) || (care == CareFilter.LIVING_ALONE && !alone)) {
                continue;
            }
            String head = household.string(HouseholdFields.HEAD_ID).flatMap(registry::resident)
                    .or(() -> members.stream().filter(m -> ResidentFields.RELATION_HEAD.equals(m.string(ResidentFields.RELATION).orElse(""))).findFirst())
                    .flatMap(r -> r.string(ResidentFields.NAME)).orElse("");
            RecordSyncStatus sync = states.get(household.id());
            for (FieldRecord member : members) {
                RecordSyncStatus memberSync = states.get(member.id());
                if (SyncMark.of(memberSync).compareTo(SyncMark.of(sync)) > 0) {
                    sync = memberSync;
                }
            }
            rows.add(new HouseholdRow(household.id(), household.string(HouseholdFields.ADDRESS).orElse(""), head,
                    members.size(), old || alone, SyncMark.of(sync), PlatformErrorText.ofStatus(sync)));
        }
        return rows;
    }

    private static boolean matches(FieldRecord record, String field, String wanted) {
        return wanted == null || wanted.isEmpty() || wanted.equals(record.string(field).orElse(null));
    }

    List<String> grids() {
        return distinct(registry.households().stream().map(h -> h.string(HouseholdFields.GRID).orElse("")).toList());
    }

    List<String> villages() {
        return distinct(registry.households().stream()
                .map(h -> h.string(HouseholdFields.DIVISION_CODE).orElse("")).toList());
    }

    String villageName(String code) {
        return divisions.name(code).map(name -> name + " " + code).orElse(code);
    }

    private static List<String> distinct(Collection<String> values) {
        return values.stream().filter(v -> !v.isEmpty()).distinct().sorted().toList();
    }

    HouseholdDetail detail(String householdId, Locale locale) {
        FieldRecord household = registry.household(householdId).orElseThrow();
        List<MemberRow> members = registry.membersOf(householdId).stream().map(r -> member(r, locale)).toList();
        List<String> visits = registry.visitsOf(householdId).stream().map(v -> v.string(VisitFields.DATE).orElse("")
                + "  " + v.string(VisitFields.PURPOSE).orElse("") + "  " + v.string(VisitFields.NOTES).orElse("")).toList();
        String division = household.string(HouseholdFields.DIVISION_CODE).orElse("");
        return new HouseholdDetail(householdId, household.string(HouseholdFields.ADDRESS).orElse(""),
                divisions.fullName(division).orElse(division), household.string(HouseholdFields.HOUSE_NO).orElse(""),
                members, visits, history(household), returned(household));
    }

    private List<HouseholdDetail.Returned> returned(FieldRecord household) {
        List<HouseholdDetail.Returned> returned = new ArrayList<>();
        ReviewReturn.of(name -> household.field(name).orElse(null))
                .ifPresent(review -> returned.add(new HouseholdDetail.Returned("", review)));
        for (FieldRecord member : registry.membersOf(household.id())) {
            ReviewReturn.of(name -> member.field(name).orElse(null)).ifPresent(review -> returned.add(
                    new HouseholdDetail.Returned(member.string(ResidentFields.NAME).orElse(""), review)));
        }
        return returned;
    }

    /** The household's own events (splits) and its members' (moves, death, leaving), oldest first. */
    private List<HistoryRow> history(FieldRecord household) {
        List<HistoryRow> events = new ArrayList<>();
        History.entries(household).forEach(entry -> historyRow(entry, "", household.id()).ifPresent(events::add));
        for (FieldRecord member : registry.membersOf(household.id())) {
            String name = member.string(ResidentFields.NAME).orElse("");
            History.entries(member).forEach(entry -> historyRow(entry, name, household.id()).ifPresent(events::add));
        }
        events.sort(java.util.Comparator.comparing(HistoryRow::date));
        return events;
    }

    private static java.util.Optional<HistoryRow> historyRow(String entry, String who, String householdId) {
        String[] parts = entry.split(";", 3);
        if (parts.length < 2) {
            return java.util.Optional.empty();
        }
        String event = parts[1];
        if (History.MOVED.equals(event)) {
            event = parts.length > 2 && parts[2].contains("to=" + householdId) ? "moved_in" : "moved";
        }
        return java.util.Optional.of(new HistoryRow(parts[0], who, event));
    }

    private MemberRow member(FieldRecord resident, Locale locale) {
        ResidentFacts facts = registry.facts(resident);
        String id = resident.string(ResidentFields.ID_NUMBER).orElse("");
        String phone = resident.string(ResidentFields.PHONE).orElse("");
        return new MemberRow(resident.id(), resident.string(ResidentFields.NAME).orElse(""),
                codeName(CodeSet.RELATION, resident.string(ResidentFields.RELATION).orElse(""), locale),
                facts.age().isPresent() ? Integer.toString(facts.age().getAsInt()) : "",
                codeName(CodeSet.RESIDENT_STATUS, resident.string(ResidentFields.STATUS).orElse("active"), locale),
                id.isEmpty() ? "" : Masking.idNumber(id), phone.isEmpty() ? "" : Masking.phone(phone),
                facts.active() && facts.aged80Plus(), facts.active() && facts.livingAlone(), null);
    }

    static String codeName(CodeSet set, String code, Locale locale) {
        return set.table().byCode(code).map(entry -> entry.displayName(locale)).orElse(code);
    }

    List<SearchRow> search(String query) {
        List<SearchHit> hits = registry.search().search(query, 30);
        return hits.stream().map(hit -> new SearchRow(hit.residentId(), hit.householdId(), hit.name(),
                Objects.requireNonNullElse(hit.maskedIdNumber(), ""), hit.address())).toList();
    }
}
