package org.griddesk.desktop.service.registry.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.griddesk.model.code.CodeSet;
import org.griddesk.model.privacy.Masking;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.ResidentFields;

/**
 * Writes residents to .xlsx or .csv with the import's columns, so an exported list can be edited in
 * Excel and imported again. Codes are written as their names (男, 汉族, 户主), which the import resolves
 * back. Full numbers only when asked for: a list handed around for review gets masked ones.
 */
public final class ResidentExporter {

    private final ImportMessages messages;
    private final Locale locale;

    public ResidentExporter(Locale locale) {
        this.messages = ImportMessages.forLocale(locale);
        this.locale = locale;
    }

    /**
     * @param householdsById the households of the residents, by record id, for 户号, address, division code
     * @param fullNumbers    true for an export meant to be imported again; false masks identity and phone numbers
     */
    public void export(Path file, List<FieldRecord> residents, Map<String, FieldRecord> householdsById,
                       boolean fullNumbers, ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        List<String> header = Arrays.stream(ImportColumn.values()).map(messages::columnLabel).toList();
        List<List<String>> rows = new ArrayList<>(residents.size());
        for (FieldRecord resident : residents) {
            if (cancelled.getAsBoolean()) {
                throw new ImportCancelledException();
            }
            rows.add(row(resident, householdsById.get(resident.string(ResidentFields.HOUSEHOLD_ID).orElse("")), fullNumbers));
        }
        TableWriter.write(file, header, rows, progress, rows.size());
    }

    private List<String> row(FieldRecord resident, FieldRecord household, boolean fullNumbers) {
        String idNumber = text(resident, ResidentFields.ID_NUMBER);
        String phone = text(resident, ResidentFields.PHONE);
        List<String> cells = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            cells.add(switch (column) {
                case NAME -> text(resident, ResidentFields.NAME);
                case ID_NUMBER -> fullNumbers || idNumber.isEmpty() ? idNumber : Masking.idNumber(idNumber);
                case SEX -> name(resident, ResidentFields.SEX, CodeSet.SEX);
                case BIRTH_DATE -> text(resident, ResidentFields.BIRTH_DATE);
                case ETHNICITY -> name(resident, ResidentFields.ETHNICITY, CodeSet.ETHNICITY);
                case RELATION -> name(resident, ResidentFields.RELATION, CodeSet.RELATION);
                case PHONE -> fullNumbers || phone.isEmpty() ? phone : Masking.phone(phone);
                case HOUSEHOLD_NO -> household == null ? "" : houseNo(household);
                case ADDRESS -> household == null ? "" : text(household, HouseholdFields.ADDRESS);
                case DIVISION_CODE -> household == null ? "" : text(household, HouseholdFields.DIVISION_CODE);
                case GRID -> text(resident, ResidentFields.GRID);
            });
        }
        return cells;
    }

    /** A household made in the app may have no 户号; its id keeps its members together on re-import. */
    private static String houseNo(FieldRecord household) {
        String houseNo = text(household, HouseholdFields.HOUSE_NO);
        return houseNo.isEmpty() ? household.id() : houseNo;
    }

    private String name(FieldRecord record, String field, CodeSet set) {
        String code = text(record, field);
        return set.table().byCode(code).map(entry -> entry.displayName(locale)).orElse(code);
    }

    private static String text(FieldRecord record, String field) {
        return record.string(field).orElse("");
    }
}
