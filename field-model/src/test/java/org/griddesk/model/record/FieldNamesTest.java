package org.griddesk.model.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Field names are part of the wire protocol (DESIGN.md, wire format v1): these lists must never change. */
class FieldNamesTest {

    @Test
    void coreFieldsAreExactlyThoseOfTheWireFormat() {
        assertEquals(List.of("grid", "divisionCode", "address", "houseNo", "householdType", "headId",
                "location", "tags"), HouseholdFields.CORE);
        assertEquals(List.of("grid", "householdId", "name", "idNumber", "sex", "birthDate", "ethnicity",
                "relation", "phone", "tags", "status"), ResidentFields.CORE);
        assertEquals(List.of("grid", "householdId", "date", "purpose", "notes", "worker"), VisitFields.CORE);
        assertEquals("grid", GridFields.GRID);
    }

    @Test
    void collectionFieldsAreCamelCaseAndHoldNoSecret() {
        Stream.of(ResidentFields.CORE, ResidentFields.COLLECTION, HouseholdFields.CORE, GridFields.ALL)
                .flatMap(List::stream)
                .forEach(name -> {
                    assertFalse(name.contains("_"), name);
                    assertFalse(Character.isUpperCase(name.charAt(0)), name);
                    assertFalse(name.toLowerCase(Locale.ROOT).contains("password"), name);
                });
    }
}
