package org.griddesk.sync.client;

/**
 * The platform could not be reached or kept failing (network, 5xx, 429) after every retry. {@link #platformCode}
 * is the error code the platform answered with, if it answered at all: {@code unavailable} says the platform is
 * up but its database is not, for a moment.
 */
public final class ServerUnavailableException extends SyncException {

    private final String platformCode;

    public ServerUnavailableException(String message, Throwable cause) {
        this(message, cause, null);
    }

    public ServerUnavailableException(String message, Throwable cause, String platformCode) {
        super("unavailable", message, cause);
        this.platformCode = platformCode;
    }

    public String platformCode() {
        return platformCode;
    }
}
