package org.griddesk.desktop.store;

/** Why the store refused to boot, re-key or migrate; the service layer turns it into what the worker sees. */
public enum StoreFailure {
    WRONG_KEY,
    IN_USE,
    MIGRATION_FAILED,
    STORAGE
}
