package org.griddesk.desktop.service.registry;

/** The store under the registry failed; the worker's input was not the problem. */
public final class RegistryException extends RuntimeException {

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }

    public RegistryException(String message) {
        super(message);
    }
}
