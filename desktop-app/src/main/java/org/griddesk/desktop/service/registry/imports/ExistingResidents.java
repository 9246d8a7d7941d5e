package org.griddesk.desktop.service.registry.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;

/**
 * Looks up residents already stored, by their 18-character identity number. The store implements it
 * with an indexed query; {@link #of(Iterable)} serves for records held in memory.
 */
@FunctionalInterface
public interface ExistingResidents {

    Optional<ExistingResident> find(String idNumber);

    static ExistingResidents none() {
        return idNumber -> Optional.empty();
    }

    /** Residents among {@code records} (other types are ignored), by identity number. */
    static ExistingResidents of(Iterable<FieldRecord> records) {
        Map<String, ExistingResident> byIdNumber = new HashMap<>();
        for (FieldRecord record : records) {
            if (record.type() == RecordType.RESIDENT && !record.deleted()) {
                record.string(ResidentFields.ID_NUMBER).ifPresent(id -> byIdNumber.put(id,
                        new ExistingResident(record.id(), record.string(ResidentFields.HOUSEHOLD_ID).orElse(null))));
            }
        }
        return idNumber -> Optional.ofNullable(byIdNumber.get(idNumber));
    }
}
