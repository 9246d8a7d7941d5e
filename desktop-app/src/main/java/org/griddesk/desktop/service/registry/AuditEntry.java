package org.griddesk.desktop.service.registry;

import java.time.Instant;

/** One row of the local audit log. */
public record AuditEntry(Instant occurredAt, String actor, String action, String recordType, String recordId,
                         String detail) {
}
