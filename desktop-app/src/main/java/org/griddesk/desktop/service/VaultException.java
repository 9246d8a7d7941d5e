package org.griddesk.desktop.service;

import java.time.Duration;

/** Why the store could not be created, opened or re-keyed; the UI turns the reason into a translated message. */
public class VaultException extends Exception {

    public enum Reason {
        WRONG_PASSPHRASE,
        THROTTLED,
        PASSPHRASE_TOO_WEAK,
        MIGRATION_FAILED,
        IN_USE_BY_ANOTHER_PROCESS,
        ALREADY_INITIALISED,
        NOT_INITIALISED,
        STORAGE_ERROR
    }

    private final Reason reason;
    private final Duration retryAfter;

    public VaultException(Reason reason, String detail, Duration retryAfter, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
        this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    public VaultException(Reason reason, String detail) {
        this(reason, detail, Duration.ZERO, null);
    }

    public Reason reason() {
        return reason;
    }

    /** For WRONG_PASSPHRASE and THROTTLED: how long until the next attempt is allowed. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
