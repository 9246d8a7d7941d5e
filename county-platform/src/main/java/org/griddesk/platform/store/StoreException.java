package org.griddesk.platform.store;

/** A database failure the caller cannot repair: the service answers it as an internal error. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
