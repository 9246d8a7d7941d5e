package org.griddesk.sync.wire;

import java.util.List;

/** The answer to a push: one result per change, in the order of the request. */
public record PushResponse(List<ChangeResult> results) {

    public PushResponse {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
