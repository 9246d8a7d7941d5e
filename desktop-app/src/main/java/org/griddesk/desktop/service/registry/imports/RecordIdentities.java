package org.griddesk.desktop.service.registry.imports;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.UuidV7Generator;

/**
 * Record ids for every row and household, decided before validation so that the records validated
 * are the records written: a resident found by identity number keeps its id, and its household too.
 */
final class RecordIdentities {

    /** GB/T 4761's "家庭户": a list of residents by 户号 describes family households. */
    private static final String FAMILY_HOUSEHOLD = "1";

    // Rows are records whose equality compares every cell; identity is what is meant here, and far cheaper.
    private final Map<ParsedRow, String> residentIds = new IdentityHashMap<>();
    private final Map<ParsedRow, Boolean> residentExists = new IdentityHashMap<>();
    private final Map<HouseholdGroup, String> householdIds = new HashMap<>();
    private final Map<HouseholdGroup, Boolean> householdExists = new HashMap<>();
    private final Map<ParsedRow, HouseholdGroup> groupOf = new IdentityHashMap<>();
    private final String defaultGrid;

    RecordIdentities(List<HouseholdGroup> groups, List<ParsedRow> rows, ImportOptions options, UuidV7Generator ids) {
        this.defaultGrid = options.defaultGrid();
        ExistingResidents existing = options.existing();
        Map<ParsedRow, String> storedHousehold = new IdentityHashMap<>();
        for (ParsedRow row : rows) {
            Optional<ExistingResident> found = row.idNumber().isEmpty() ? Optional.empty() : existing.find(row.idNumber());
            residentIds.put(row, found.map(ExistingResident::residentId).orElseGet(ids::nextId));
            residentExists.put(row, found.isPresent());
            found.map(ExistingResident::householdId).ifPresent(h -> storedHousehold.put(row, h));
        }
        for (HouseholdGroup group : groups) {
            Optional<String> stored = group.rows.stream().map(storedHousehold::get).filter(Objects::nonNull).findFirst();
            householdIds.put(group, stored.orElseGet(ids::nextId));
            householdExists.put(group, stored.isPresent());
            group.rows.forEach(row -> groupOf.put(row, group));
        }
    }

    String residentId(ParsedRow row) {
        return residentIds.get(row);
    }

    boolean residentExists(ParsedRow row) {
        return residentExists.get(row);
    }

    String householdId(HouseholdGroup group) {
        return householdIds.get(group);
    }

    boolean householdExists(HouseholdGroup group) {
        return householdExists.get(group);
    }

    Map<String, Object> residentFields(ParsedRow row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        putIfPresent(fields, ResidentFields.GRID, gridOf(row));
        HouseholdGroup group = groupOf.get(row);
        if (group != null) {
            fields.put(ResidentFields.HOUSEHOLD_ID, householdIds.get(group));
        }
        fields.putAll(row.residentFields());
        return fields;
    }

    Map<String, Object> householdFields(HouseholdGroup group) {
        Map<String, Object> fields = new LinkedHashMap<>();
        putIfPresent(fields, HouseholdFields.GRID, gridOf(group));
        putIfPresent(fields, HouseholdFields.DIVISION_CODE, group.divisionCode.text());
        putIfPresent(fields, HouseholdFields.ADDRESS, group.address.text());
        fields.put(HouseholdFields.HOUSE_NO, group.householdNo);
        fields.put(HouseholdFields.HOUSEHOLD_TYPE, FAMILY_HOUSEHOLD);
        if (group.heads.size() == 1) {
            fields.put(HouseholdFields.HEAD_ID, residentIds.get(group.heads.get(0)));
        }
        return fields;
    }

    /** A row's own grid, else its household's, else the worker's. */
    private String gridOf(ParsedRow row) {
        if (!row.grid().isEmpty()) {
            return row.grid();
        }
        HouseholdGroup group = groupOf.get(row);
        return group == null ? defaultGrid : gridOf(group);
    }

    private String gridOf(HouseholdGroup group) {
        return group.grid.text().isEmpty() ? defaultGrid : group.grid.text();
    }

    private void putIfPresent(Map<String, Object> fields, String name, String value) {
        if (value != null && !value.isEmpty()) {
            fields.put(name, value);
        }
    }
}
