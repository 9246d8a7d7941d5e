package org.griddesk.desktop.service.applications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.registry.ResidentFacts;
import org.griddesk.desktop.service.registry.SaveOutcome;
import org.griddesk.model.privacy.Masking;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.ResidentFields;

/** The registry of the 住户 workspace seen through the needs of applications. */
public final class RegistryResidents implements ResidentRegistry {

    private static final Map<String, String> RESIDENT_FIELDS = Map.of(NAME, ResidentFields.NAME,
            ID_NUMBER, ResidentFields.ID_NUMBER, BIRTH_DATE, ResidentFields.BIRTH_DATE, SEX, ResidentFields.SEX,
            ETHNICITY, ResidentFields.ETHNICITY, PHONE, ResidentFields.PHONE);

    private final RegistryService registry;

    public RegistryResidents(RegistryService registry) {
        this.registry = registry;
    }

    @Override
    public List<ResidentSummary> residents() {
        registry.reload();
        return registry.residents().stream().filter(resident -> !resident.deleted())
                .filter(resident -> registry.facts(resident).active())
                .map(this::summary).toList();
    }

    @Override
    public Optional<ResidentSummary> resident(String id) {
        return registry.resident(id).map(this::summary);
    }

    private ResidentSummary summary(FieldRecord resident) {
        ResidentFacts facts = registry.facts(resident);
        List<String> tags = new ArrayList<>(strings(resident.field(ResidentFields.TAGS).orElse(null)));
        tags.addAll(strings(resident.field(ResidentFields.CARE_TAGS).orElse(null)));
        return new ResidentSummary(resident.id(), resident.string(ResidentFields.NAME).orElse(""),
                Masking.idNumber(resident.string(ResidentFields.ID_NUMBER).orElse("")), facts.age(), tags,
                resident.string(ResidentFields.GRID).orElse(""));
    }

    @Override
    public Map<String, String> prefillValues(String residentId) {
        Map<String, String> values = new LinkedHashMap<>();
        registry.resident(residentId).ifPresent(resident -> {
            RESIDENT_FIELDS.forEach((key, field) -> {
                if (!field.equals(ResidentFields.ID_NUMBER)) {
                    resident.string(field).ifPresent(value -> values.put(key, value));
                }
            });
            values.put(ID_NUMBER, registry.revealIdNumber(residentId));
            resident.string(ResidentFields.HOUSEHOLD_ID).flatMap(registry::household).ifPresent(household -> {
                household.string(HouseholdFields.ADDRESS).ifPresent(value -> values.put(ADDRESS, value));
                household.string(HouseholdFields.DIVISION_CODE).ifPresent(value -> values.put(DIVISION, value));
            });
        });
        return values;
    }

    @Override
    public List<String> correct(String residentId, String prefillKey, String value) {
        String field = RESIDENT_FIELDS.get(prefillKey);
        if (field == null) {
            return List.of("not a resident field: " + prefillKey);
        }
        SaveOutcome outcome = registry.saveResident(residentId, Map.of(field, value));
        return outcome.problems().stream().map(problem -> problem.field() + ": " + problem.code()).toList();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
