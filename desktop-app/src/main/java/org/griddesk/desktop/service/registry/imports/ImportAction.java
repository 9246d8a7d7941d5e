package org.griddesk.desktop.service.registry.imports;

/** What committing an imported record does to the store. */
public enum ImportAction {
    CREATE,
    /** The record already exists (matched by identity number): its fields are set to the imported values. */
    UPDATE
}
