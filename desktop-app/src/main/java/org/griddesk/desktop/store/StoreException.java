package org.griddesk.desktop.store;

/** A store operation failed for a reason the caller must react to (see {@link StoreFailure}). */
public class StoreException extends Exception {

    private final StoreFailure failure;

    public StoreException(StoreFailure failure, String detail, Throwable cause) {
        super(detail, cause);
        this.failure = failure;
    }

    public StoreFailure failure() {
        return failure;
    }
}
