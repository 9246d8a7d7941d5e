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
    public List<Map<String, String>> householdMembers(String residentId) {
        Optional<String> household = registry.resident(residentId)
                .flatMap(resident -> resident.string(ResidentFields.HOUSEHOLD_ID));
        if (household.isEmpty()) {
            return List.of();
        }
        boolean applicantHeads = registry.resident(residentId).flatMap(r -> r.string(ResidentFields.RELATION))
                .filter(ResidentFields.RELATION_HEAD::equals).isPresent();
        List<Map<String, String>> members = new ArrayList<>();
        registry.membersOf(household.get()).stream()
                .filter(member -> !member.deleted() && registry.facts(member).active())
                .sorted(java.util.Comparator.comparing((FieldRecord member) -> !ResidentFields.RELATION_HEAD.equals(
                        member.string(ResidentFields.RELATION).orElse(""))))
                .forEach(member -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    RESIDENT_FIELDS.forEach((key, field) -> {
                        if (!field.equals(ResidentFields.ID_NUMBER)) {
                            member.string(field).ifPresent(value -> values.put(key, value));
                        }
                    });
                    relationToApplicant(member, residentId, applicantHeads).ifPresent(value -> values.put(RELATION,
                            value));
                    if (member.string(ResidentFields.ID_NUMBER).isPresent()) {
                        values.put(ID_NUMBER, registry.revealIdNumber(member.id()));
                    }
                    members.add(values);
                });
        return members;
    }

    /**
     * The registry keeps each member's relation to the head of the household (GB/T 4761); a form asks for the
     * relation to the applicant. They agree when the applicant heads the household: the applicant is 本人 (01) and
     * the others keep the family of their code (11 夫 and 12 妻 are 10 配偶). Otherwise the worker answers it.
     */
    private static Optional<String> relationToApplicant(FieldRecord member, String applicantId,
                                                        boolean applicantHeads) {
        if (member.id().equals(applicantId)) {
            return Optional.of(ResidentFields.RELATION_SELF);
        }
        String code = member.string(ResidentFields.RELATION).orElse("");
        if (!applicantHeads || code.length() != 2 || code.charAt(0) < '1' || code.charAt(0) > '9') {
            return Optional.empty();
        }
        return Optional.of(code.charAt(0) == '9' ? "99" : code.charAt(0) + "0");
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
