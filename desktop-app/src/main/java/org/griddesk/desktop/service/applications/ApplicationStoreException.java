package org.griddesk.desktop.service.applications;

/** The encrypted store could not keep or give back an application's draft. */
public final class ApplicationStoreException extends RuntimeException {

    public ApplicationStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
