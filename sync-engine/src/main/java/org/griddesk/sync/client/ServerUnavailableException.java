package org.griddesk.sync.client;

/** The platform could not be reached or kept failing (network, 5xx, 429) after every retry. */
public final class ServerUnavailableException extends SyncException {

    public ServerUnavailableException(String message, Throwable cause) {
        super("unavailable", message, cause);
    }
}
