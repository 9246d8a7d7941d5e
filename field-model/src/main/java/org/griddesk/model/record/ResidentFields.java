package org.griddesk.model.record;

import java.util.List;

/**
 * Field names of a {@code resident} record (人员): the core fields of the wire format v1 and what
 * door-to-door collection (入户采集) adds. There is deliberately no field for any password or bank
 * PIN: a worker helping someone must never be handed one, and validation refuses such fields.
 */
public final class ResidentFields {

    public static final String GRID = "grid";
    public static final String HOUSEHOLD_ID = "householdId";
    public static final String NAME = "name";
    /** GB 11643 citizen identity number, always 18 characters once stored. */
    public static final String ID_NUMBER = "idNumber";
    /** GB/T 2261.1 code. */
    public static final String SEX = "sex";
    /** ISO-8601 date, yyyy-MM-dd. */
    public static final String BIRTH_DATE = "birthDate";
    /** GB/T 3304 two-digit code. */
    public static final String ETHNICITY = "ethnicity";
    /** GB/T 4761 relationship to the household head. */
    public static final String RELATION = "relation";
    /** GB/T 4761 code 02 户主: the member who heads the household. */
    public static final String RELATION_HEAD = "02";
    /** GB/T 4761 code 01 本人: in a one-line village list, the person the row is about, taken as the head. */
    public static final String RELATION_SELF = "01";
    public static final String PHONE = "phone";
    public static final String TAGS = "tags";
    /** Code from {@link org.griddesk.model.code.CodeSet#RESIDENT_STATUS}. */
    public static final String STATUS = "status";

    public static final String EDUCATION = "education";
    public static final String EMPLOYMENT = "employment";
    public static final String HEALTH = "health";
    public static final String MEDICAL_INSURANCE = "medicalInsurance";
    public static final String PENSION_INSURANCE = "pensionInsurance";
    /** List of codes from {@link org.griddesk.model.code.CodeSet#CARE_TAG}. */
    public static final String CARE_TAGS = "careTags";
    /** GB/T 26341 category, required when the care tags include "disabled". */
    public static final String DISABILITY_CATEGORY = "disabilityCategory";
    /** GB/T 26341 grade 1–4, required when the care tags include "disabled". */
    public static final String DISABILITY_GRADE = "disabilityGrade";
    public static final String NOTES = "notes";

    public static final List<String> CORE = List.of(
            GRID, HOUSEHOLD_ID, NAME, ID_NUMBER, SEX, BIRTH_DATE, ETHNICITY, RELATION, PHONE, TAGS, STATUS);

    public static final List<String> COLLECTION = List.of(
            EDUCATION, EMPLOYMENT, HEALTH, MEDICAL_INSURANCE, PENSION_INSURANCE,
            CARE_TAGS, DISABILITY_CATEGORY, DISABILITY_GRADE, NOTES);

    private ResidentFields() {
    }
}
