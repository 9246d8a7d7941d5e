package org.griddesk.desktop.service.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.griddesk.desktop.service.registry.search.ResidentEntry;
import org.griddesk.desktop.service.registry.search.ResidentSearch;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.VisitFields;

/**
 * The households, residents and visits the worker sees, held in memory after one bulk read at unlock and
 * kept current on every change, together with the search over residents. Deleted records drop out.
 */
final class RegistryIndex {

    private final Map<String, FieldRecord> households = new ConcurrentHashMap<>();
    private final Map<String, FieldRecord> residents = new ConcurrentHashMap<>();
    private final Map<String, FieldRecord> visits = new ConcurrentHashMap<>();
    private final ResidentSearch search;

    RegistryIndex(ResidentSearch search) {
        this.search = search;
    }

    ResidentSearch search() {
        return search;
    }

    void loadAll(List<FieldRecord> records) {
        records.forEach(this::keep);
        search.putAll(residents.values().stream().map(this::entryOf).toList());
    }

    /** Brings the index to exactly {@code records}: what a sync pulled in appears, what left the device goes. */
    void replaceAll(List<FieldRecord> records) {
        java.util.Set<String> present = new java.util.HashSet<>();
        records.stream().filter(r -> !r.deleted()).forEach(r -> present.add(r.type().wireName() + "/" + r.id()));
        for (Map<String, FieldRecord> map : List.of(households, residents, visits)) {
            for (FieldRecord stale : List.copyOf(map.values())) {
                if (!present.contains(stale.type().wireName() + "/" + stale.id())) {
                    map.remove(stale.id());
                    search.remove(stale.id());
                }
            }
        }
        loadAll(records);
        records.stream().filter(FieldRecord::deleted).forEach(r -> search.remove(r.id()));
    }

    void put(FieldRecord record) {
        keep(record);
        if (record.type() == RecordType.RESIDENT) {
            if (record.deleted()) {
                search.remove(record.id());
            } else {
                search.put(entryOf(record));
            }
        } else if (record.type() == RecordType.HOUSEHOLD && !record.deleted()) {
            // the address is searchable on each member, so a changed address re-indexes them
            membersOf(record.id()).forEach(member -> search.put(entryOf(member)));
        }
    }

    private void keep(FieldRecord record) {
        Map<String, FieldRecord> map = switch (record.type()) {
            case HOUSEHOLD -> households;
            case RESIDENT -> residents;
            case VISIT -> visits;
            default -> null;
        };
        if (map == null) {
            return;
        }
        if (record.deleted()) {
            map.remove(record.id());
        } else {
            map.put(record.id(), record);
        }
    }

    Optional<FieldRecord> household(String id) {
        return Optional.ofNullable(id == null ? null : households.get(id));
    }

    Optional<FieldRecord> resident(String id) {
        return Optional.ofNullable(id == null ? null : residents.get(id));
    }

    Optional<FieldRecord> find(RecordType type, String id) {
        return switch (type) {
            case HOUSEHOLD -> household(id);
            case RESIDENT -> resident(id);
            case VISIT -> Optional.ofNullable(visits.get(id));
            default -> Optional.empty();
        };
    }

    List<FieldRecord> households() {
        return sorted(households.values(), HouseholdFields.ADDRESS);
    }

    List<FieldRecord> residents() {
        return sorted(residents.values(), ResidentFields.NAME);
    }

    List<FieldRecord> membersOf(String householdId) {
        return sorted(residents.values().stream()
                .filter(r -> householdId.equals(r.string(ResidentFields.HOUSEHOLD_ID).orElse(null))).toList(),
                ResidentFields.NAME);
    }

    List<FieldRecord> visitsOf(String householdId) {
        List<FieldRecord> found = new ArrayList<>(visits.values().stream()
                .filter(v -> householdId.equals(v.string(VisitFields.HOUSEHOLD_ID).orElse(null))).toList());
        found.sort(Comparator.comparing((FieldRecord v) -> v.string(VisitFields.DATE).orElse("")).reversed());
        return found;
    }

    private static List<FieldRecord> sorted(java.util.Collection<FieldRecord> records, String field) {
        List<FieldRecord> list = new ArrayList<>(records);
        list.sort(Comparator.comparing((FieldRecord r) -> r.string(field).orElse("")).thenComparing(FieldRecord::id));
        return list;
    }

    private ResidentEntry entryOf(FieldRecord resident) {
        String householdId = resident.string(ResidentFields.HOUSEHOLD_ID).orElse(null);
        String address = household(householdId).flatMap(h -> h.string(HouseholdFields.ADDRESS)).orElse("");
        return new ResidentEntry(resident.id(), resident.string(ResidentFields.NAME).orElse(""),
                resident.string(ResidentFields.ID_NUMBER).orElse(""), resident.string(ResidentFields.PHONE).orElse(""),
                address, householdId);
    }
}
