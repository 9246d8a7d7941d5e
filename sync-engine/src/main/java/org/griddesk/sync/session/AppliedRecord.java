package org.griddesk.sync.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.sync.merge.FieldMerger;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.OutboxEntry;

/**
 * The platform's state after an {@code applied} change whose answer left the record out. {@code applied} means
 * nobody changed the record after the revision the change was made on, so the platform stored exactly that
 * revision with the change on top; the device can only rebuild it when its base is that revision.
 */
final class AppliedRecord {

    private AppliedRecord() {
    }

    static Optional<SyncRecord> rebuild(FieldMerger merger, Optional<SyncRecord> base, RecordKey key,
                                        List<OutboxEntry> sent, long rev) {
        long baseRev = sent.stream().mapToLong(OutboxEntry::baseRev).min().orElse(-1);
        if (base.map(SyncRecord::rev).orElse(0L) != baseRev) {
            return Optional.empty(); // the next pull brings the record
        }
        SyncRecord merged = merger.rebase(base.orElse(null), key, sent.stream().map(OutboxEntry::toEdit).toList());
        Map<String, Object> fields = new HashMap<>(merged.fields());
        // the platform skips a null for a field it never had (equal to absent), so it does not store the key
        Map<String, Object> before = base.map(SyncRecord::fields).orElse(Map.of());
        fields.entrySet().removeIf(field -> field.getValue() == null && !before.containsKey(field.getKey()));
        return Optional.of(new SyncRecord(merged.type(), merged.id(), fields, rev, merged.deleted()));
    }
}
