package org.griddesk.sync.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
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
            Optional<Set<String>> grids = scope.readableGrids(caller);
            // a worker of one village in a county of hundreds: without the grids, the store handed over the whole
            // county a page at a time, and the device fetched page after page with nothing in it for them
            List<SequencedRecord> rows = grids.map(codes -> store.changesAfter(Math.max(0, after), size, codes))
                    .orElseGet(() -> store.changesAfter(Math.max(0, after), size));
            boolean[] allowed = new boolean[rows.size()];
            List<RecordKey> outOfScope = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                allowed[i] = scope.allows(caller, rows.get(i).record());
                if (!allowed[i]) {
                    outOfScope.add(rows.get(i).record().key());
                }
            }
            // one query for the page: asked row by row, a worker's pull paid a query per record of other grids
            Map<RecordKey, List<ServerRecord>> histories =
                    outOfScope.isEmpty() ? Map.of() : store.histories(outOfScope);
            List<PulledRecord> visible = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                SequencedRecord row = rows.get(i);
                if (allowed[i]) {
                    visible.add(WireConversions.toPulled(row.record(), row.seq()));
                } else if (wasVisible(caller, histories.get(row.record().key()))) {
                    visible.add(WireConversions.leftScope(row.record(), row.seq()));
                }
            }
            long next = rows.isEmpty() ? Math.max(0, after) : rows.get(rows.size() - 1).seq();
            long lastSeq = store.lastSeq();
            if (grids.isPresent() && rows.size() < size) {
                next = Math.max(next, lastSeq); // the store went through every change up to the last; none was left
            }
            return new ChangesPage(visible, next, rows.size() == size && lastSeq > next, scope.announcedGrids(caller));
        });
    }

    private boolean wasVisible(Caller caller, List<ServerRecord> history) {
        return history != null && history.stream().anyMatch(version -> scope.allows(caller, version));
    }
}
