package org.griddesk.sync.server;

import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.ServerStore;

/**
 * Whether a caller could once see a record now outside its scope, so that its offline edits are kept for
 * review rather than refused. Evidence: a stored version its current scope allows (the record moved away, as
 * in {@link PullFeed}), or a version holding a value the caller wrote itself (it held the record then, since
 * every write is scope-checked; this covers a grid taken from the worker, of which the store keeps no trace).
 */
final class FormerScope {

    private final ServerStore store;
    private final ScopeCheck scope;

    FormerScope(ServerStore store, ScopeCheck scope) {
        this.store = store;
        this.scope = scope;
    }

    boolean couldSee(Caller caller, RecordKey key) {
        return store.history(key).stream().anyMatch(version -> scope.allows(caller, version)
                || wroteTo(caller, version));
    }

    private static boolean wroteTo(Caller caller, ServerRecord version) {
        return version.stamps().values().stream().anyMatch(stamp -> caller.author().equals(stamp.author()));
    }
}
