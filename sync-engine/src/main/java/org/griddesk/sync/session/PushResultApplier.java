package org.griddesk.sync.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.merge.FieldMerger;
import org.griddesk.sync.merge.ResultStatus;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.LocalConflict;
import org.griddesk.sync.store.OutboxEntry;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.ConflictBody;
import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.PushResponse;
import org.griddesk.sync.wire.WireConversions;

/**
 * Applies the platform's answer to one batch, atomically: acknowledged edits leave the outbox, the merged
 * record becomes the new base, edits made meanwhile stay pending on top, rejected edits stay visible with
 * their reason, conflicts are kept for the worker to see.
 */
final class PushResultApplier {

    private final DeviceStore store;
    private final HybridLogicalClock clock;
    private final LocalViews views;
    private final FieldMerger merger = new FieldMerger();
    private final MissingBlobs missingBlobs;

    PushResultApplier(DeviceStore store, HybridLogicalClock clock, LocalViews views, MissingBlobs missingBlobs) {
        this.store = store;
        this.clock = clock;
        this.views = views;
        this.missingBlobs = missingBlobs;
    }

    void apply(String batchId, Map<RecordKey, List<OutboxEntry>> sent, PushResponse response, CounterBoard board) {
        Map<String, ChangeResult> byId = response.results().stream()
                .collect(Collectors.toMap(ChangeResult::id, Function.identity(), (first, second) -> first));
        store.atomically(() -> {
            sent.forEach((key, entries) -> {
                ChangeResult result = byId.get(key.id());
                if (result == null) {
                    store.setStatus(key, RecordSyncStatus.PENDING); // unanswered: sent again next time
                } else {
                    applyOne(key, entries, result, board);
                }
            });
            store.acknowledgeBatch(batchId);
        });
    }

    private void applyOne(RecordKey key, List<OutboxEntry> entries, ChangeResult result, CounterBoard board) {
        ResultStatus status;
        try {
            status = ResultStatus.fromWire(result.status());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            store.setStatus(key, RecordSyncStatus.PENDING); // a status this version does not know: keep the edits
            return;
        }
        board.result(status);
        if (status == ResultStatus.REJECTED && isKeptForReview(result)) {
            keptForReview(key, entries, result);
            return;
        }
        if (status == ResultStatus.REJECTED && MissingBlobs.isMissingBlob(result) && missingBlobs.refused(key, result)) {
            store.setStatus(key, RecordSyncStatus.PENDING); // goes again once its blob is sent
            return;
        }
        if (status == ResultStatus.REJECTED) {
            rejected(key, result);
            return;
        }
        Optional<SyncRecord> base = store.base(key);
        store.acknowledge(entries.stream().map(OutboxEntry::seq).toList());
        if (result.record() != null) {
            SyncRecord merged = WireConversions.toRecord(result.record());
            if (base.map(SyncRecord::rev).orElse(0L) <= merged.rev()) {
                store.putBase(merged);
            }
            if (result.record().hlc() != null) {
                clock.receive(Hlc.parse(result.record().hlc()));
            }
        } else if (status == ResultStatus.APPLIED) {
            AppliedRecord.rebuild(merger, base, key, entries, result.rev()).ifPresent(store::putBase);
        }
        for (ConflictBody conflict : result.conflicts()) {
            store.addConflict(new LocalConflict(key, result.rev(), WireConversions.toConflict(conflict)));
        }
        if (store.hasLeftScope(key) && store.pending(key).isEmpty()) {
            store.dropRecord(key);
            return;
        }
        store.setStatus(key, statusAfter(key, result));
        views.refresh(key);
    }

    private RecordSyncStatus statusAfter(RecordKey key, ChangeResult result) {
        if (!result.conflicts().isEmpty()) {
            String fields = result.conflicts().stream().map(ConflictBody::field).collect(Collectors.joining(", "));
            return new RecordSyncStatus(SyncState.CONFLICT, fields);
        }
        return store.pending(key).isEmpty() ? RecordSyncStatus.SYNCED : RecordSyncStatus.PENDING;
    }

    /**
     * The platform refused the edits. They stay on the device, visibly REJECTED with the reason, until the worker
     * discards them, even when the record has left scope: an edit leaves the device only once the platform has it
     * or the worker gives it up (holding a record a little longer beats losing the worker's work silently).
     */
    private void rejected(RecordKey key, ChangeResult result) {
        store.setStatus(key, new RecordSyncStatus(SyncState.REJECTED, reasonOf(result)));
    }

    /** The platform holds the edits as review items: they leave the outbox, and the record too once out of scope. */
    private void keptForReview(RecordKey key, List<OutboxEntry> entries, ChangeResult result) {
        store.acknowledge(entries.stream().map(OutboxEntry::seq).toList());
        if (!store.pending(key).isEmpty()) {
            views.refresh(key); // edits made meanwhile go the same way on the next push
            store.setStatus(key, RecordSyncStatus.PENDING);
            return;
        }
        if (store.hasLeftScope(key) || HeldGrids.outsideKnown(store, key)) {
            store.dropRecord(key);
            return;
        }
        views.refresh(key); // the worker's values now wait on the platform, not here
        store.setStatus(key, new RecordSyncStatus(SyncState.REJECTED, reasonOf(result)));
    }

    private static boolean isKeptForReview(ChangeResult result) {
        return result.error() != null && ErrorCodes.KEPT_FOR_REVIEW.equals(result.error().code());
    }

    private static String reasonOf(ChangeResult result) {
        return result.error() == null ? null : result.error().code() + ": " + result.error().message();
    }
}
