package org.griddesk.sync.server;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated party of a request: its device, the author recorded on its edits, and its scopes
 * (for instance the grid codes of a worker). The platform builds it from the device token.
 */
public record Caller(String deviceId, String author, Set<String> scopes) {

    public Caller {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(author, "author");
        scopes = Set.copyOf(scopes == null ? Set.of() : scopes);
    }
}
