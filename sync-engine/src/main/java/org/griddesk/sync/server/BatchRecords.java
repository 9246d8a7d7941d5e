package org.griddesk.sync.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.ServerStore;
import org.griddesk.sync.wire.Change;

/**
 * The current records of one push batch, read from the store in one go before the batch is judged and
 * kept current as its changes are stored, so a record changed twice in a batch is merged onto its newest
 * state. Records the batch did not name are read from the store.
 */
final class BatchRecords {
    private final ServerStore store;
    private final Map<RecordKey, Optional<ServerRecord>> current = new HashMap<>();

    private BatchRecords(ServerStore store) {
        this.store = store;
    }

    static BatchRecords load(ServerStore store, List<Change> changes) {
        BatchRecords records = new BatchRecords(store);
        List<RecordKey> keys = changes.stream()
                .filter(change -> change.type() != null && change.id() != null)
                .map(change -> new RecordKey(change.type(), change.id()))
                .distinct()
                .toList();
        Map<RecordKey, ServerRecord> found = store.findAll(keys);
        keys.forEach(key -> records.current.put(key, Optional.ofNullable(found.get(key))));
        return records;
    }

    /** Reads each record through the store: for a single change judged outside a batch. */
    static BatchRecords direct(ServerStore store) {
        return new BatchRecords(store);
    }

    Optional<ServerRecord> current(RecordKey key) {
        Optional<ServerRecord> known = current.get(key);
        return known != null ? known : store.find(key);
    }

    void saved(ServerRecord record) {
        if (current.containsKey(record.key())) {
            current.put(record.key(), Optional.of(Objects.requireNonNull(record)));
        }
    }
}
