package org.griddesk.desktop.service.registry.imports;

import static org.griddesk.desktop.service.registry.imports.ImportColumn.ADDRESS;
import static org.griddesk.desktop.service.registry.imports.ImportColumn.BIRTH_DATE;
import static org.griddesk.desktop.service.registry.imports.ImportColumn.DIVISION_CODE;
import static org.griddesk.desktop.service.registry.imports.ImportColumn.ETHNICITY;
import static org.griddesk.desktop.service.registry.imports.ImportColumn.GRID;
import static org.griddesk.desktop.service.registry.imports.ImportColumn.HOUSEHOLD_NO;
import static org.griddesk.desktop.service.registry.imports.ImportColumn.ID_NUMBER;
import static org.griddesk.desktop.service.registry.imports.ImportColumn.NAME;
import static org.griddesk.desktop.service.registry.imports.ImportColumn.PHONE;
import static org.griddesk.desktop.service.registry.imports.ImportColumn.RELATION;
import static org.griddesk.desktop.service.registry.imports.ImportColumn.SEX;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.griddesk.model.code.CodeSet;
import org.griddesk.model.record.ResidentFields;

/**
 * One row understood: the resident's own fields, and the household values it states (which must agree
 * among the rows of one household). Birth date and sex left empty are taken from the identity number.
 */
record ParsedRow(ImportRow source, String householdNo, Map<String, Object> residentFields,
                 String address, String divisionCode, String grid) {

    /** GB/T 4761: 02 户主; 01 本人 is what some registers write on the head's own line. */
    private static final Set<String> HEAD_RELATIONS = Set.of(ResidentFields.RELATION_SELF, ResidentFields.RELATION_HEAD);

    static ParsedRow parse(ImportRow row, ColumnMapping mapping) {
        Map<String, Object> fields = new LinkedHashMap<>();
        putIfPresent(fields, ResidentFields.NAME, mapping.value(row, NAME));
        String idNumber = CellValues.identityNumber(mapping.value(row, ID_NUMBER));
        putIfPresent(fields, ResidentFields.ID_NUMBER, idNumber);
        String sex = mapping.value(row, SEX);
        putIfPresent(fields, ResidentFields.SEX, sex.isEmpty()
                ? CellValues.sexOf(idNumber).orElse("") : CellValues.code(sex, CodeSet.SEX));
        String birthDate = mapping.value(row, BIRTH_DATE);
        putIfPresent(fields, ResidentFields.BIRTH_DATE, birthDate.isEmpty()
                ? CellValues.birthDateOf(idNumber).orElse("") : CellValues.date(birthDate));
        putIfPresent(fields, ResidentFields.ETHNICITY, codeOrEmpty(mapping.value(row, ETHNICITY), CodeSet.ETHNICITY));
        putIfPresent(fields, ResidentFields.RELATION, codeOrEmpty(mapping.value(row, RELATION), CodeSet.RELATION));
        putIfPresent(fields, ResidentFields.PHONE, CellValues.phone(mapping.value(row, PHONE)));
        return new ParsedRow(row, CellValues.folded(mapping.value(row, HOUSEHOLD_NO)), fields,
                mapping.value(row, ADDRESS), CellValues.folded(mapping.value(row, DIVISION_CODE)),
                CellValues.folded(mapping.value(row, GRID)));
    }

    int number() {
        return source.number();
    }

    String idNumber() {
        Object id = residentFields.get(ResidentFields.ID_NUMBER);
        return id == null ? "" : id.toString();
    }

    boolean isHead() {
        return HEAD_RELATIONS.contains(residentFields.get(ResidentFields.RELATION));
    }

    private static String codeOrEmpty(String cell, CodeSet set) {
        return cell.isEmpty() ? "" : CellValues.code(cell, set);
    }

    private static void putIfPresent(Map<String, Object> fields, String name, String value) {
        if (!value.isEmpty()) {
            fields.put(name, value);
        }
    }
}
