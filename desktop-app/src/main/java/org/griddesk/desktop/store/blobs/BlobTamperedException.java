package org.griddesk.desktop.store.blobs;

/** The file on disk does not decrypt, or decrypts to other bytes than its name promises. */
public final class BlobTamperedException extends BlobException {

    public BlobTamperedException(String sha256, Throwable cause) {
        super("blob " + sha256 + " was altered on disk", cause);
    }
}
