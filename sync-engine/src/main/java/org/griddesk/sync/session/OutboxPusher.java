package org.griddesk.sync.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.griddesk.sync.client.RequestRejectedException;
import org.griddesk.sync.client.Transport;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.InFlightBatch;
import org.griddesk.sync.store.OutboxEntry;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;
import org.griddesk.sync.wire.SyncProtocol;

/**
 * Sends the outbox batch by batch. A batch is recorded before it is sent, so after a lost answer the
 * same batch (same id, same entries) goes again and the platform replays its stored result.
 */
final class OutboxPusher {

    private static final int TOO_LARGE = 413;

    /**
     * Bytes of changes in one batch, before gzip. The platform refuses a body over 1,000,000 bytes (413), and a batch
     * once recorded keeps its entries: a batch of 500 long records would be refused at every attempt. Far below the
     * limit, so the envelope and the platform's own counting never matter.
     */
    static final long BYTE_BUDGET = 400_000;

    private final DeviceStore store;
    private final Transport transport;
    private final String deviceId;
    private final BatchSizer sizer;
    private final int inFlight;
    private final LongSupplier nanoClock;
    private final Supplier<String> batchIds;
    private final PushResultApplier applier;
    private final BlobUploads blobs;
    private final MissingBlobs missingBlobs;
    private final OutboxWalk walk;

    /**
     * {@code nanoClock} times each push so the next batch suits the link (see {@link BatchSizer}); up to
     * {@code inFlight} batches are sent before the first is answered (see {@link PushAhead}).
     */
    OutboxPusher(DeviceStore store, Transport transport, String deviceId, int batchSize, int inFlight,
                 Supplier<String> batchIds, PushResultApplier applier, BlobUploads blobs, MissingBlobs missingBlobs,
                 LongSupplier nanoClock) {
        this.blobs = blobs;
        this.missingBlobs = missingBlobs;
        this.store = store;
        this.transport = transport;
        this.deviceId = deviceId;
        this.sizer = new BatchSizer(batchSize);
        this.inFlight = Math.max(1, inFlight);
        this.nanoClock = nanoClock;
        this.batchIds = batchIds;
        this.applier = applier;
        this.walk = new OutboxWalk(store, OutboxWalk.PAGE);
    }

    /**
     * Batches recorded in flight by an earlier run go first, as they were recorded. Each batch is answered and applied
     * in the order it was sent; a batch in flight never shares a record with another, so the order in which the
     * platform happens to judge them changes no record's outcome.
     *
     * @return false when cancelled before the outbox was empty
     */
    boolean pushAll(BooleanSupplier cancelled, CounterBoard board, Runnable progress) {
        Deque<InFlightBatch> recorded = new ArrayDeque<>(store.inFlightBatches());
        Deque<Sent> sending = new ArrayDeque<>();
        try (PushAhead pushes = new PushAhead(transport, inFlight, nanoClock)) {
            try {
                while (true) {
                    // an answered batch can free records (later edits, a change that waited for its blob): look again
                    boolean outboxEmpty = false;
                    while (sending.size() < inFlight && !outboxEmpty && !cancelled.getAsBoolean()) {
                        if (!recorded.isEmpty()) {
                            resend(recorded.poll(), pushes).ifPresent(sending::add);
                            continue;
                        }
                        Optional<NewBatch> made = startNextBatch(recordsIn(sending));
                        outboxEmpty = made.isEmpty();
                        made.ifPresent(batch -> sending.add(send(batch, pushes)));
                    }
                    if (sending.isEmpty()) {
                        return outboxEmpty;
                    }
                    apply(sending.poll(), pushes, board);
                    progress.run();
                }
            } catch (RuntimeException failure) {
                applyAnswered(sending, pushes, board, failure);
                throw failure;
            }
        }
    }

    /** A batch on its way: what was sent, and the answer to come. */
    private record Sent(InFlightBatch batch, Map<RecordKey, List<OutboxEntry>> byRecord, List<Change> changes,
                        Future<PushAhead.Answer> answer) {
    }

    private static Set<RecordKey> recordsIn(Deque<Sent> sending) {
        Set<RecordKey> records = new HashSet<>();
        sending.forEach(sent -> records.addAll(sent.byRecord().keySet()));
        return records;
    }

    /** A batch recorded by an earlier run goes again with the entries it recorded that are still in the outbox. */
    private Optional<Sent> resend(InFlightBatch batch, PushAhead pushes) {
        Map<RecordKey, List<OutboxEntry>> byRecord = entriesOf(batch);
        if (byRecord.isEmpty()) {
            store.acknowledgeBatch(batch.batchId()); // its edits were discarded meanwhile
            return Optional.empty();
        }
        return Optional.of(send(new NewBatch(batch, byRecord), pushes));
    }

    private Sent send(NewBatch batch, PushAhead pushes) {
        List<Change> changes = new ArrayList<>();
        batch.byRecord().forEach((key, entries) -> changes.add(ChangeBuilder.build(key, entries)));
        blobs.beforePush(changes);
        return new Sent(batch.batch(), batch.byRecord(), changes, pushes.send(request(batch.batch(), changes)));
    }

    /** A batch just recorded, with the outbox entries it was made of. */
    private record NewBatch(InFlightBatch batch, Map<RecordKey, List<OutboxEntry>> byRecord) {
    }

    /**
     * The run failed (a batch's push, a blob, the store): the batches still on their way are waited for and those
     * answered are applied, since the platform judged them and sending them again would only cost the link. A batch
     * that failed stays recorded and goes again, same id, next time.
     */
    private void applyAnswered(Deque<Sent> sending, PushAhead pushes, CounterBoard board, RuntimeException failure) {
        while (!sending.isEmpty()) {
            try {
                apply(sending.poll(), pushes, board);
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
        }
    }

    private void apply(Sent sent, PushAhead pushes, CounterBoard board) {
        InFlightBatch batch = sent.batch();
        PushResponse response;
        try {
            PushAhead.Answer answer = PushAhead.answer(sent.answer());
            sizer.answered(sent.changes().size(), answer.took());
            response = answer.response();
        } catch (RequestRejectedException e) {
            if (e.httpStatus() == TOO_LARGE) {
                refusedAsTooLarge(batch, sent.byRecord().keySet(), e);
                return;
            }
            if (!ErrorCodes.BATCH_ID_REUSED.equals(e.code())) {
                throw e;
            }
            // The platform judged other changes under this id (edits discarded meanwhile changed the batch):
            // the same entries go again under a new id, recorded first so a lost answer replays as usual.
            batch = new InFlightBatch(batchIds.get(), batch.entrySeqs());
            store.replaceInFlightBatch(sent.batch().batchId(), batch);
            PushAhead.Answer answer = pushes.sendNow(request(batch, sent.changes()));
            sizer.answered(sent.changes().size(), answer.took());
            response = answer.response();
        }
        board.pushed(sent.changes().size());
        applier.apply(batch.batchId(), sent.byRecord(), response, board);
        resendMissingBlobs();
    }

    private PushRequest request(InFlightBatch batch, List<Change> changes) {
        return new PushRequest(deviceId, batch.batchId(), SyncProtocol.SCHEMA_VERSION, changes, true);
    }

    /**
     * The platform refused the body before judging any of it, so nothing of the batch is stored there: the batch is
     * let go and its records go again in smaller batches. A record refused on its own is kept, visibly refused with the
     * reason, so that one oversized record never holds up the rest of the device's work.
     */
    private void refusedAsTooLarge(InFlightBatch batch, Set<RecordKey> records, RequestRejectedException refusal) {
        store.atomically(() -> {
            if (records.size() == 1) {
                store.setStatus(records.iterator().next(), new RecordSyncStatus(SyncState.REJECTED,
                        ErrorCodes.TOO_LARGE + ": " + refusal.getMessage()));
            } else {
                records.forEach(key -> store.setStatus(key, RecordSyncStatus.PENDING));
            }
            store.acknowledgeBatch(batch.batchId());
        });
        sizer.refusedAsTooLarge(records.size());
    }

    /** The platform lacked a blob a change named: send it, and the change goes again in a later batch of this run. */
    private void resendMissingBlobs() {
        for (MissingBlobs.Resend resend : missingBlobs.drain()) {
            if (!blobs.resend(resend.sha256())) {
                store.setStatus(resend.key(), new RecordSyncStatus(SyncState.REJECTED, resend.reason()));
            }
        }
    }

    private Map<RecordKey, List<OutboxEntry>> entriesOf(InFlightBatch batch) {
        Set<Long> seqs = new HashSet<>(batch.entrySeqs());
        Map<RecordKey, List<OutboxEntry>> byRecord = new LinkedHashMap<>();
        store.outbox().stream().filter(entry -> seqs.contains(entry.seq()))
                .forEach(entry -> byRecord.computeIfAbsent(entry.record(), key -> new ArrayList<>()).add(entry));
        return byRecord;
    }

    /**
     * The next records to push, in outbox order, leaving out records of batches still in flight and records the
     * platform refused. Records whose change names no blob go before those that do, so that on a slow link a day's
     * edits are not held back behind its photos, nor by a photo that will not go up. The outbox is walked only as far
     * as the batch needs, and whether a record was refused is asked only of the records looked at.
     */
    private Optional<NewBatch> startNextBatch(Set<RecordKey> inFlight) {
        int batchSize = sizer.size();
        Batch plain = new Batch(batchSize);
        Batch withBlobs = new Batch(batchSize);
        Map<RecordKey, List<OutboxEntry>> looked = new HashMap<>();
        // records of a batch in flight are passed over: their later edits go once that batch is answered
        walk.walk(inFlight, (key, entries) -> {
            if (isRejected(key)) {
                return true;
            }
            looked.put(key, entries);
            Change change = ChangeBuilder.build(key, entries);
            boolean namesBlobs = blobs != BlobUploads.NONE && !blobs.references(change).isEmpty();
            (namesBlobs ? withBlobs : plain).offer(key, WireSize.of(change));
            return !plain.full();
        });
        Map<RecordKey, List<OutboxEntry>> chosen = new LinkedHashMap<>();
        for (RecordKey key : plain.keys.isEmpty() ? withBlobs.keys : plain.keys) {
            chosen.put(key, looked.get(key));
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        InFlightBatch batch = new InFlightBatch(batchIds.get(),
                chosen.values().stream().flatMap(List::stream).map(OutboxEntry::seq).toList());
        store.atomically(() -> {
            store.saveInFlightBatch(batch);
            chosen.keySet().forEach(key -> store.setStatus(key, new RecordSyncStatus(SyncState.UPLOADING, null)));
        });
        return Optional.of(new NewBatch(batch, chosen));
    }

    /**
     * Records of one batch in outbox order, as many as the size and {@link #BYTE_BUDGET} allow; the first record that
     * does not fit closes it, so later records never overtake it. A single record goes alone whatever its size.
     */
    private static final class Batch {
        private final int size;
        private final List<RecordKey> keys = new ArrayList<>();
        private long bytes;
        private boolean closed;

        Batch(int size) {
            this.size = size;
        }

        void offer(RecordKey key, long changeBytes) {
            if (full()) {
                return;
            }
            if (!keys.isEmpty() && bytes + changeBytes > BYTE_BUDGET) {
                closed = true;
                return;
            }
            keys.add(key);
            bytes += changeBytes;
        }

        boolean full() {
            return closed || keys.size() >= size;
        }
    }

    private boolean isRejected(RecordKey key) {
        return store.status(key).state() == SyncState.REJECTED;
    }
}
