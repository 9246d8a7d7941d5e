package org.griddesk.sync.wire;

import java.util.List;

/** {@code POST /api/v1/sync/push}: one batch of changes, identified by (deviceId, batchId) for replay. */
public record PushRequest(String deviceId, String batchId, int schemaVersion, List<Change> changes) {

    public PushRequest {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
