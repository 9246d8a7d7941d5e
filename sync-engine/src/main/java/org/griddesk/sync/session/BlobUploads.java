package org.griddesk.sync.session;

import java.util.Collection;
import java.util.List;
import org.griddesk.sync.wire.Change;

/**
 * Gets the blobs a batch references onto the platform before the batch is pushed, and again when the platform answers
 * {@code missing_blob}. Which fields name blobs is the application's knowledge, not the sync engine's.
 */
public interface BlobUploads {

    BlobUploads NONE = new BlobUploads() {
        @Override
        public void beforePush(List<Change> changes) {
        }

        @Override
        public boolean resend(String sha256) {
            return false;
        }
    };

    /**
     * Uploads every referenced blob the platform lacks. A blob that cannot be sent (not on this device, refused by the
     * platform) is skipped: the platform then answers its change {@code missing_blob}, and that change alone waits.
     * A network failure ends the sync run like any other.
     */
    void beforePush(List<Change> changes);

    /** The blobs a change names; a batch of changes that name none goes first. */
    default Collection<String> references(Change change) {
        return List.of();
    }

    /** The platform said it lacks this blob: send it. @return false when this device cannot send it */
    boolean resend(String sha256);
}
