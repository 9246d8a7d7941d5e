package org.griddesk.sync.client;

/** The device token was refused (401); the worker must sign in again. */
public final class UnauthorizedException extends SyncException {

    public UnauthorizedException(String message) {
        super("unauthorized", message);
    }
}
