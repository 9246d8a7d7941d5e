package org.griddesk.sync.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.griddesk.sync.store.SequencedRecord;
import org.griddesk.sync.store.ServerStore;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PulledRecord;
import org.griddesk.sync.wire.WireConversions;

/**
 * Pages of records changed after a cursor, filtered by scope. A record the caller could see in an
 * earlier revision but not now is announced as having left its scope, without its fields.
 */
public final class PullFeed {

    public static final int MAX_LIMIT = 1000;

    private final ServerStore store;
    private final ScopeCheck scope;

    public PullFeed(ServerStore store, ScopeCheck scope) {
        this.store = Objects.requireNonNull(store);
        this.scope = Objects.requireNonNull(scope);
    }

    public ChangesPage changes(Caller caller, long after, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_LIMIT));
        return store.inTransaction(() -> {
            List<SequencedRecord> rows = store.changesAfter(Math.max(0, after), size);
            List<PulledRecord> visible = new ArrayList<>();
            for (SequencedRecord row : rows) {
                if (scope.allows(caller, row.record())) {
                    visible.add(WireConversions.toPulled(row.record(), row.seq()));
                } else if (wasVisible(caller, row)) {
                    visible.add(WireConversions.leftScope(row.record(), row.seq()));
                }
            }
            long next = rows.isEmpty() ? Math.max(0, after) : rows.get(rows.size() - 1).seq();
            return new ChangesPage(visible, next, rows.size() == size && store.lastSeq() > next,
                    scope.announcedGrids(caller));
        });
    }

    private boolean wasVisible(Caller caller, SequencedRecord row) {
        return store.history(row.record().key()).stream().anyMatch(version -> scope.allows(caller, version));
    }
}
