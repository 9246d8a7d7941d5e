package org.griddesk.desktop.service.review;

/** The platform could not be reached. */
public final class ReviewOfflineException extends Exception {
    public ReviewOfflineException(String message, Throwable cause) {
        super(message, cause);
    }
}
