package org.griddesk.sync.client;

/** The caller may not read or write this (403 out_of_scope). */
public final class OutOfScopeException extends SyncException {

    public OutOfScopeException(String message) {
        super("out_of_scope", message);
    }
}
