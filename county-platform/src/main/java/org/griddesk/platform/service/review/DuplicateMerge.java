package org.griddesk.platform.service.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.griddesk.platform.service.BadRequestException;
import org.griddesk.platform.service.Session;
import org.griddesk.platform.store.sync.ReviewItemRow;
import org.griddesk.platform.store.sync.ReviewItemStore;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;

/**
 * Two resident records of one person made one. Both keep their history (every revision stays in the record
 * history); applications, visits, ratings and issues that name the other resident, and a household it heads, are
 * pointed at the survivor; fields the survivor lacks are taken from the other; the other is marked
 * {@code mergedInto} the survivor and deleted, so devices drop it.
 */
final class DuplicateMerge {
    private final ReviewItemStore items;
    private final RecordRevisions revisions;

    DuplicateMerge(ReviewItemStore items, RecordRevisions revisions) {
        this.items = items;
        this.revisions = revisions;
    }

    Outcome merge(Session session, ReviewItemRow item, String survivorId) {
        String survivor = survivorId == null || survivorId.isBlank() ? item.otherRecordId() : survivorId;
        String merged;
        if (survivor.equals(item.otherRecordId())) {
            merged = item.recordId();
        } else if (survivor.equals(item.recordId())) {
            merged = item.otherRecordId();
        } else {
            throw new BadRequestException("survivorId must be one of the two residents of this item");
        }
        ServerRecord kept = revisions.current(new RecordKey(item.recordType(), survivor));
        ServerRecord gone = revisions.current(new RecordKey(item.recordType(), merged));
        ReviewActions.requireInScope(session, kept);
        ReviewActions.requireInScope(session, gone);
        if (kept.deleted() || gone.deleted()) {
            throw new BadRequestException("Both residents must still be registered to be merged");
        }
        String author = session.username();
        Map<String, Object> missing = new HashMap<>();
        gone.fields().forEach((field, value) -> {
            if (value != null && kept.fields().get(field) == null) {
                missing.put(field, value);
            }
        });
        if (!missing.isEmpty()) {
            revisions.write(kept.key(), missing, null, author);
        }
        List<String> moved = new ArrayList<>();
        for (RecordKey naming : items.recordsNamingResident(merged)) {
            ServerRecord record = revisions.current(naming);
            Map<String, Object> set = pointedAt(record, merged, survivor);
            if (!set.isEmpty()) {
                revisions.write(naming, set, null, author);
                moved.add(naming.type() + ":" + naming.id());
            }
        }
        revisions.write(gone.key(), Map.of("mergedInto", survivor), Boolean.TRUE, author);
        return new Outcome(survivor, merged, moved);
    }

    /** What {@link #merge} into the default survivor ({@code survivor}, registered first) would do, unwritten. */
    static ReviewDetail.MergePreview preview(ReviewDetail.RecordState merged, ReviewDetail.RecordState survivor,
                                             List<RecordKey> naming) {
        List<String> taken = merged.fields().entrySet().stream()
                .filter(field -> field.getValue() != null && survivor.fields().get(field.getKey()) == null)
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> moving = new TreeMap<>();
        naming.forEach(key -> moving.merge(key.type(), 1, Integer::sum));
        return new ReviewDetail.MergePreview(survivor.id(), merged.id(), taken, moving);
    }

    private static Map<String, Object> pointedAt(ServerRecord record, String merged, String survivor) {
        Map<String, Object> set = new HashMap<>();
        if (merged.equals(record.fields().get("residentId"))) {
            set.put("residentId", survivor);
        }
        if (merged.equals(record.fields().get("headId"))) {
            set.put("headId", survivor);
        }
        if (record.fields().get("residentIds") instanceof List<?> ids && ids.contains(merged)) {
            set.put("residentIds", ids.stream().map(id -> Objects.equals(id, merged) ? survivor : id).distinct()
                    .toList());
        }
        return set;
    }

    record Outcome(String survivorId, String mergedId, List<String> moved) {
    }
}
