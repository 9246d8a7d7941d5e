package org.griddesk.desktop.store.blobs;

/** A blob could not be stored or read back as it was stored. */
public class BlobException extends RuntimeException {

    public BlobException(String message, Throwable cause) {
        super(message, cause);
    }

    public BlobException(String message) {
        super(message);
    }
}
