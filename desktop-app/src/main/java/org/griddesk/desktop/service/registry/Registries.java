package org.griddesk.desktop.service.registry;

import java.time.Clock;
import java.time.ZoneId;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.sync.SignedInAccount;
import org.griddesk.desktop.service.sync.SyncAccountStore;
import org.griddesk.model.code.DivisionTable;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.model.validation.RecordValidator;

/** Wires the registry onto an unlocked session: its record store, clock and audit table. */
public final class Registries {

    /** Birth dates, "today" and ages are Chinese dates wherever the laptop's clock is set. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Registries() {
    }

    /** Half-filled forms of this store. */
    public static FormDrafts drafts(EncryptedDeviceSession session) {
        return new FormDrafts(session.store().settings());
    }

    /** The signed-in worker's user name, or null before the first sign-in (the registry then uses the device id). */
    public static String signedInWorker(EncryptedDeviceSession session) {
        return new SyncAccountStore(session.store().settings()).account().map(SignedInAccount::username)
                .filter(name -> !name.isBlank()).orElse(null);
    }

    /**
     * Loads every household and resident (one bulk read); call it off the FX thread.
     *
     * @param actor who reads full numbers, for the audit log: the signed-in worker, else the device
     */
    public static RegistryService open(EncryptedDeviceSession session, String actor) {
        Clock clock = Clock.system(CHINA);
        return new RegistryService(session.records(), session.clock(),
                new RecordValidator(DivisionTable.bundled(), clock), new UuidV7Generator(), clock,
                new AuditLog(session.store().audit(), clock), actor == null ? session.clock().deviceId() : actor)
                .load();
    }
}
