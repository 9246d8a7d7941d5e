package org.griddesk.desktop.service.registry;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.griddesk.desktop.store.AuditTable;
import org.griddesk.desktop.store.StoreAccessException;

/**
 * The device's local audit trail: who read a full identity or phone number, and when.
 * Only the record is named, never the number itself.
 */
public final class AuditLog {

    public static final String REVEAL_ID = "reveal_id";
    public static final String REVEAL_PHONE = "reveal_phone";
    public static final String EXPORT_FULL = "export_full";

    private final AuditTable table;
    private final Clock clock;

    public AuditLog(AuditTable table, Clock clock) {
        this.table = Objects.requireNonNull(table, "table");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void record(String actor, String action, String recordType, String recordId, String detail) {
        try {
            table.append(new AuditTable.Row(clock.instant(), actor, action, recordType, recordId, detail));
        } catch (StoreAccessException e) {
            throw new RegistryException("the audit log could not be written", e);
        }
    }

    public List<AuditEntry> entriesFor(String recordType, String recordId) {
        try {
            return table.rowsFor(recordType, recordId).stream()
                    .map(row -> new AuditEntry(row.occurredAt(), row.actor(), row.action(), row.recordType(),
                            row.recordId(), row.detail()))
                    .toList();
        } catch (StoreAccessException e) {
            throw new RegistryException("the audit log could not be read", e);
        }
    }
}
