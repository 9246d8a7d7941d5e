package org.griddesk.sync.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code POST /api/v1/sync/push}: one batch of changes, identified by (deviceId, batchId) for replay.
 * {@code omitAppliedRecords} (an addition to v1's minimum) asks the platform to leave the record out of an
 * {@code applied} result: nobody else changed the record, so the device knows the new state already (its
 * base with the change on top); on a one-field edit the echoed record is most of the answer's bytes.
 * Older devices do not send it and get every record, as before.
 */
public record PushRequest(String deviceId, String batchId, int schemaVersion, List<Change> changes,
                          @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean omitAppliedRecords) {

    public PushRequest {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public PushRequest(String deviceId, String batchId, int schemaVersion, List<Change> changes) {
        this(deviceId, batchId, schemaVersion, changes, false);
    }
}
