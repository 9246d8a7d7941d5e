package org.griddesk.desktop.service.sync;

/** Signing in or out did not work; the reason says what the worker can do about it. */
public final class SignInException extends Exception {

    public enum Reason {
        /** Address, username or password missing or malformed. */
        INVALID_INPUT,
        /** The platform did not answer: no network, wrong address, or it is down. */
        OFFLINE,
        /** Username or password wrong (or the account disabled). */
        WRONG_CREDENTIALS,
        /** Too many failed attempts: wait before trying again. */
        TOO_MANY_ATTEMPTS,
        /** Anything else the platform answered. */
        PLATFORM_ERROR,
        /** A practice store signs in on its practice platform only; nothing was sent. */
        PRACTICE_ONLY
    }

    private final Reason reason;

    public SignInException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SignInException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
