package org.griddesk.desktop.service.registry;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.VaultException;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.model.code.DivisionTable;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.model.validation.IdentityNumbers;
import org.griddesk.model.validation.RecordValidator;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.OutboxEntry;

/** A registry over a given device store, and valid households and residents to put into it. */
public final class RegistryFixtures {

    public static final String GRID = "500101001001";
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay(SHANGHAI).toInstant(), SHANGHAI);
    /** 张三, male, born 1990-03-07. */
    public static final String ZHANG_SAN_ID = "500101199003071236";
    /** Female, born 1992-05-10. */
    public static final String LI_SI_ID = "500101199205102248";

    private RegistryFixtures() {
    }

    /** A new encrypted store in {@code dataDir}, with a KDF cheap enough for tests. */
    public static EncryptedDeviceSession newSession(Path dataDir, String passphrase) throws VaultException {
        return new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1))
                .create(passphrase.toCharArray());
    }

    public static AuditLog auditOf(EncryptedDeviceSession session) {
        return new AuditLog(session.store().audit(), CLOCK);
    }

    /** The session's registry on its Derby record store. */
    public static RegistryService registryOf(EncryptedDeviceSession session) {
        return registry(session.records(), auditOf(session));
    }

    public static List<OutboxEntry> outbox(EncryptedDeviceSession session) {
        return session.records().outbox();
    }

    public static RegistryService registry(DeviceStore store, AuditLog audit) {
        return new RegistryService(store, new HybridLogicalClock("device-1", CLOCK::millis),
                new RecordValidator(DivisionTable.bundled(), CLOCK), new UuidV7Generator(), CLOCK, audit, "worker1")
                .load();
    }

    public static Map<String, Object> household(String address) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(HouseholdFields.GRID, GRID);
        fields.put(HouseholdFields.DIVISION_CODE, GRID);
        fields.put(HouseholdFields.ADDRESS, address);
        fields.put(HouseholdFields.HOUSEHOLD_TYPE, "1");
        return fields;
    }

    /** A household in another grid than {@link #GRID}, in the same village. */
    public static Map<String, Object> household(String address, String grid) {
        Map<String, Object> fields = household(address);
        fields.put(HouseholdFields.GRID, grid);
        return fields;
    }

    public static Map<String, Object> resident(String householdId, String name, String idNumber, String sex,
                                               String birthDate, String relation) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(ResidentFields.HOUSEHOLD_ID, householdId);
        fields.put(ResidentFields.NAME, name);
        if (idNumber != null) {
            fields.put(ResidentFields.ID_NUMBER, idNumber);
        }
        fields.put(ResidentFields.SEX, sex);
        fields.put(ResidentFields.BIRTH_DATE, birthDate);
        fields.put(ResidentFields.ETHNICITY, "01");
        fields.put(ResidentFields.RELATION, relation);
        return fields;
    }

    /** A valid identity number of someone born on {@code birth} in the grid's district. */
    public static String idNumberBornOn(LocalDate birth, int sequence) {
        String first17 = String.format("500101%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return first17 + IdentityNumbers.checkCharacter(first17);
    }
}
