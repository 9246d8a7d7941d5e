package org.griddesk.model.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.griddesk.model.record.GridFields;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.VisitFields;
import org.junit.jupiter.api.Test;

class FieldLabelsTest {

    private static final Map<RecordType, List<String>> FIELDS = Map.of(
            RecordType.GRID, GridFields.ALL,
            RecordType.HOUSEHOLD, HouseholdFields.CORE,
            RecordType.RESIDENT, concat(ResidentFields.CORE, ResidentFields.COLLECTION),
            RecordType.VISIT, VisitFields.CORE);

    private final FieldLabels chinese = FieldLabels.forLocale(Locale.SIMPLIFIED_CHINESE);
    private final FieldLabels english = FieldLabels.forLocale(Locale.ENGLISH);

    @Test
    void everyKnownFieldHasALabelInBothLanguages() {
        FIELDS.forEach((type, fields) -> fields.forEach(field -> {
            assertTrue(chinese.hasLabel(type, field), type + "." + field);
            assertTrue(english.hasLabel(type, field), type + "." + field);
            assertNotEquals(chinese.label(type, field), english.label(type, field), type + "." + field);
        }));
    }

    @Test
    void everyRecordTypeHasALabel() {
        for (RecordType type : RecordType.values()) {
            assertNotEquals(type.wireName(), chinese.typeLabel(type));
            assertNotEquals(type.wireName(), english.typeLabel(type));
        }
    }

    @Test
    void labelsReadAsPeopleSayThem() {
        assertEquals("身份证号", chinese.label(RecordType.RESIDENT, ResidentFields.ID_NUMBER));
        assertEquals("Identity number", english.label(RecordType.RESIDENT, ResidentFields.ID_NUMBER));
        assertEquals("futureField", chinese.label(RecordType.RESIDENT, "futureField"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
