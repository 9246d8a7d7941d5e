package org.griddesk.desktop.service.applications;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the 代办 workspace needs of the registry (住户): who can apply, their details for prefill, corrections. */
public interface ResidentRegistry {

    /** Prefill keys, the values of {@code gd:prefill} bind attributes. */
    String NAME = "resident.name";
    String ID_NUMBER = "resident.idNumber";
    String BIRTH_DATE = "resident.birthDate";
    String SEX = "resident.sex";
    String ETHNICITY = "resident.ethnicity";
    String PHONE = "resident.phone";
    String ADDRESS = "household.address";
    String DIVISION = "household.divisionCode";
    String RELATION = "resident.relation";

    List<ResidentSummary> residents();

    Optional<ResidentSummary> resident(String id);

    /** The registry's values by prefill key; reading the full identity number here is audited. */
    Map<String, String> prefillValues(String residentId);

    /**
     * The members still living in the resident's household (the resident among them), each by the {@code resident.*}
     * prefill keys, head first; reading their identity numbers is audited.
     */
    default List<Map<String, String>> householdMembers(String residentId) {
        return List.of();
    }

    /**
     * Writes a corrected value back to the registry, validated as any edit of the 住户 workspace; the problems when
     * it is refused (nothing written), empty when saved.
     */
    List<String> correct(String residentId, String prefillKey, String value);
}
