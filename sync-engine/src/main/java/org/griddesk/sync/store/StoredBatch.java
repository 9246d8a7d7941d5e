package org.griddesk.sync.store;

import java.util.Objects;
import org.griddesk.sync.wire.PushResponse;

/**
 * The stored answer of a judged batch and the fingerprint of the changes it answered; the fingerprint is null
 * for a batch stored before fingerprints were kept, which then replays whatever is sent under its id.
 */
public record StoredBatch(String fingerprint, PushResponse response) {

    public StoredBatch {
        Objects.requireNonNull(response, "response");
    }

    public boolean answers(String otherFingerprint) {
        return fingerprint == null || fingerprint.equals(otherFingerprint);
    }
}
