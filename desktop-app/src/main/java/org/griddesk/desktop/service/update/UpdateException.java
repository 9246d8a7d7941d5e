package org.griddesk.desktop.service.update;

/** Why an update could not be checked or fetched; {@link #reason()} picks the worker's message. */
public final class UpdateException extends Exception {

    /** The kinds of failure the 同步 workspace tells apart. */
    public enum Reason {
        /** The platform could not be reached, or the download broke off (it resumes next time). */
        OFFLINE,
        /** The platform answered something that is not an update description. */
        PLATFORM_ERROR,
        /** The downloaded bytes do not have the SHA-256 the platform published: the file was deleted. */
        HASH_MISMATCH,
        /** The file could not be written to the download folder. */
        DISK
    }

    private final Reason reason;

    public UpdateException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public UpdateException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
