package org.griddesk.desktop.service.registry.imports;

import org.griddesk.model.record.FieldRecord;

/** A record an import would write, and whether it is new or replaces the fields of a stored one. */
public record ImportedRecord(FieldRecord record, ImportAction action) {
}
