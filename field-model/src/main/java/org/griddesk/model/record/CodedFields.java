package org.griddesk.model.record;

import java.util.Map;
import java.util.Optional;

import org.griddesk.model.code.CodeSet;

/**
 * The fields whose values are codes of a bundled table, so that forms, lists and the review can show "男" and "汉族"
 * where the record holds 1 and 01. {@code careTags} holds a list of codes.
 */
public final class CodedFields {

    private static final Map<String, CodeSet> RESIDENT = Map.ofEntries(
            Map.entry(ResidentFields.SEX, CodeSet.SEX),
            Map.entry(ResidentFields.ETHNICITY, CodeSet.ETHNICITY),
            Map.entry(ResidentFields.RELATION, CodeSet.RELATION),
            Map.entry(ResidentFields.STATUS, CodeSet.RESIDENT_STATUS),
            Map.entry(ResidentFields.EDUCATION, CodeSet.EDUCATION),
            Map.entry(ResidentFields.EMPLOYMENT, CodeSet.EMPLOYMENT),
            Map.entry(ResidentFields.HEALTH, CodeSet.HEALTH),
            Map.entry(ResidentFields.MEDICAL_INSURANCE, CodeSet.MEDICAL_INSURANCE),
            Map.entry(ResidentFields.PENSION_INSURANCE, CodeSet.PENSION_INSURANCE),
            Map.entry(ResidentFields.CARE_TAGS, CodeSet.CARE_TAG),
            Map.entry(ResidentFields.DISABILITY_CATEGORY, CodeSet.DISABILITY_CATEGORY),
            Map.entry(ResidentFields.DISABILITY_GRADE, CodeSet.DISABILITY_GRADE));
    private static final Map<String, CodeSet> HOUSEHOLD = Map.of(HouseholdFields.HOUSEHOLD_TYPE, CodeSet.HOUSEHOLD_TYPE);

    private CodedFields() {
    }

    /** The table a field's codes come from; empty for a field that holds text, a date or a number. */
    public static Optional<CodeSet> of(RecordType type, String field) {
        Map<String, CodeSet> coded = switch (type) {
            case RESIDENT -> RESIDENT;
            case HOUSEHOLD -> HOUSEHOLD;
            default -> Map.of();
        };
        return Optional.ofNullable(coded.get(field));
    }
}
