package org.griddesk.platform.service.review;

import java.util.Map;
import java.util.TreeMap;
import org.griddesk.platform.service.BadRequestException;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.merge.FieldStamp;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.ServerStore;

/**
 * A reviewer's decision written as a new revision of a record, through the store path pushes take: the rev goes up,
 * the changed fields are stamped with the reviewer as author, and the seq follows commit order, so every device in
 * scope pulls it like any change. A device that edited the same field offline meets it as a conflict.
 */
final class RecordRevisions {
    /** The device id in the stamps of reviewers' writes: never a real device, so it conflicts with every device. */
    static final String PLATFORM_DEVICE = "platform-review";

    private final ServerStore store;
    private final HybridLogicalClock clock;

    RecordRevisions(ServerStore store, HybridLogicalClock clock) {
        this.store = store;
        this.clock = clock;
    }

    ServerRecord current(RecordKey key) {
        return store.find(key).orElseThrow(() -> new BadRequestException("The record " + key.type() + " "
                + key.id() + " is not on the platform"));
    }

    /** Sets the fields (a null value is a value) and, when {@code deleted} is not null, the deleted flag. */
    ServerRecord write(RecordKey key, Map<String, Object> set, Boolean deleted, String author) {
        ServerRecord current = current(key);
        current.stamps().values().forEach(stamp -> clock.receive(stamp.hlc()));
        Hlc now = clock.now();
        long rev = current.rev() + 1;
        FieldStamp stamp = new FieldStamp(rev, now, author);
        Map<String, Object> fields = new TreeMap<>(current.fields());
        Map<String, FieldStamp> stamps = new TreeMap<>(current.stamps());
        set.forEach((field, value) -> {
            fields.put(field, value);
            stamps.put(field, stamp);
        });
        boolean isDeleted = current.deleted();
        if (deleted != null && deleted != current.deleted()) {
            isDeleted = deleted;
            stamps.put(SyncRecord.DELETED_FIELD, stamp);
        }
        ServerRecord next = new ServerRecord(current.type(), current.id(), rev, fields, isDeleted, stamps);
        store.save(next);
        return next;
    }
}
