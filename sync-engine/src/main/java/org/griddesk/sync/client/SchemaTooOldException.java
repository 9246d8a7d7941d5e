package org.griddesk.sync.client;

/** The platform needs a newer app (schema_too_old); local data is kept until the update. */
public final class SchemaTooOldException extends SyncException {

    public SchemaTooOldException(String message) {
        super("schema_too_old", message);
    }
}
