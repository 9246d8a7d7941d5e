package org.griddesk.sync.server;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated party of a request: its device, the author recorded on its edits, its scopes (for instance
 * the grid codes of a worker) and its former scopes, those taken from it. Former scopes never let a caller read
 * or write anything: they only tell {@link ScopeCheck#allowedFormerly} that an edit to a record the caller may
 * no longer reach was made while it could, so the edit is kept for review. The platform builds it from the device
 * token.
 */
public record Caller(String deviceId, String author, Set<String> scopes, Set<String> formerScopes) {

    public Caller {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(author, "author");
        scopes = Set.copyOf(scopes == null ? Set.of() : scopes);
        formerScopes = Set.copyOf(formerScopes == null ? Set.of() : formerScopes);
    }

    /** A caller that never had a scope taken from it, or whose former scopes this request does not need. */
    public Caller(String deviceId, String author, Set<String> scopes) {
        this(deviceId, author, scopes, Set.of());
    }
}
