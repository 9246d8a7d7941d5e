package org.griddesk.sync.server;

/**
 * A (deviceId, batchId) already judged is sent again with other changes; the platform answers 409
 * {@code batch_id_reused} and the device sends its changes again under a new batch id.
 */
public final class BatchIdReusedException extends RuntimeException {

    public BatchIdReusedException(String batchId) {
        super("Batch id " + batchId + " was already used for other changes; send them again under a new batch id");
    }
}
