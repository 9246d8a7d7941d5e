package org.griddesk.sync.server;

import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.ServerStore;

/**
 * Whether a caller could once see a record now outside its scope, so that its offline edits are kept for
 * review rather than refused. Evidence, any stored version of the record that:
 * <ul>
 *   <li>its current scope allows (the record moved away, as in {@link PullFeed});</li>
 *   <li>holds a value the caller wrote itself (it held the record then, since every write is scope-checked);</li>
 *   <li>lies in a scope taken from the caller ({@link ScopeCheck#allowedFormerly}): a grid an administrator took
 *       from a worker who had only read the record.</li>
 * </ul>
 * A caller with none of these never could see the record: its change stays refused as out of scope and nothing
 * is stored. This judges pushes only; what a caller may pull depends on its current scope alone.
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
                || wroteTo(caller, version) || scope.allowedFormerly(caller, version));
    }

    private static boolean wroteTo(Caller caller, ServerRecord version) {
        return version.stamps().values().stream().anyMatch(stamp -> caller.author().equals(stamp.author()));
    }
}
