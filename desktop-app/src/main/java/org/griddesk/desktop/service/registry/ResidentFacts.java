package org.griddesk.desktop.service.registry;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalInt;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.ResidentFields;

/** What a worker reads off a resident at a glance: age and the care flags that ask for attention. */
public record ResidentFacts(OptionalInt age, boolean aged80Plus, boolean livingAlone, boolean active) {

    public static final String STATUS_ACTIVE = "active";
    public static final String STATUS_DECEASED = "deceased";
    public static final String STATUS_MOVED_OUT = "moved_out";
    public static final String TAG_LIVING_ALONE = "living_alone";
    public static final String TAG_AGED_80_PLUS = "aged_80_plus";

    /**
     * @param housemates the other residents of the same household; a resident who is the only active
     *                   member counts as living alone even when nobody tagged it yet
     */
    public static ResidentFacts of(FieldRecord resident, List<FieldRecord> housemates, LocalDate today) {
        OptionalInt age = ageOn(resident, today);
        List<String> tags = careTags(resident);
        boolean active = isActive(resident);
        boolean alone = tags.contains(TAG_LIVING_ALONE)
                || (active && housemates.stream().filter(m -> !m.id().equals(resident.id()))
                        .noneMatch(ResidentFacts::isActive));
        boolean old = tags.contains(TAG_AGED_80_PLUS) || (age.isPresent() && age.getAsInt() >= 80);
        return new ResidentFacts(age, old, alone, active);
    }

    static OptionalInt ageOn(FieldRecord resident, LocalDate today) {
        try {
            return resident.string(ResidentFields.BIRTH_DATE)
                    .map(text -> OptionalInt.of(Period.between(LocalDate.parse(text), today).getYears()))
                    .orElse(OptionalInt.empty());
        } catch (DateTimeParseException e) {
            return OptionalInt.empty();
        }
    }

    static boolean isActive(FieldRecord resident) {
        String status = resident.string(ResidentFields.STATUS).orElse(STATUS_ACTIVE);
        return STATUS_ACTIVE.equals(status) || "away".equals(status);
    }

    @SuppressWarnings("unchecked")
    private static List<String> careTags(FieldRecord resident) {
        Object tags = resident.field(ResidentFields.CARE_TAGS).orElse(List.of());
        return tags instanceof List<?> list ? (List<String>) list : List.of();
    }
}
