package org.griddesk.sync.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.griddesk.sync.client.SyncException;
import org.griddesk.sync.client.Transport;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.merge.FieldMerger;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.wire.ChangesPage;

/**
 * One sync run of a device: push the outbox, then pull pages until the platform has nothing more.
 * Every step is checkpointed in the store, so a failed or cancelled run is simply started again and
 * resumes from its last acknowledged batch and its pull cursor.
 */
public final class SyncSession {

    private final DeviceStore store;
    private final Transport transport;
    private final SessionSettings settings;
    private final SyncListener listener;
    private final OutboxPusher pusher;
    private final PullApplier pullApplier;
    private final GridScopeSweep gridSweep;
    private volatile boolean cancelled;

    public SyncSession(DeviceStore store, Transport transport, HybridLogicalClock clock, SessionSettings settings,
                       SyncListener listener) {
        this(store, transport, clock, settings, listener, () -> UUID.randomUUID().toString());
    }

    public SyncSession(DeviceStore store, Transport transport, HybridLogicalClock clock, SessionSettings settings,
                       SyncListener listener, Supplier<String> batchIds) {
        this(store, transport, clock, settings, listener, batchIds, BlobUploads.NONE);
    }

    /** {@code blobs} gets the blobs a batch references onto the platform before the batch is pushed. */
    public SyncSession(DeviceStore store, Transport transport, HybridLogicalClock clock, SessionSettings settings,
                       SyncListener listener, Supplier<String> batchIds, BlobUploads blobs) {
        this(store, transport, clock, settings, listener, batchIds, blobs, System::nanoTime);
    }

    /** {@code nanoClock} times the pushes, so that batches suit the link; tests pass one they move. */
    SyncSession(DeviceStore store, Transport transport, HybridLogicalClock clock, SessionSettings settings,
                SyncListener listener, Supplier<String> batchIds, BlobUploads blobs, LongSupplier nanoClock) {
        this.store = Objects.requireNonNull(store);
        this.transport = Objects.requireNonNull(transport);
        this.settings = Objects.requireNonNull(settings);
        this.listener = Objects.requireNonNull(listener);
        LocalViews views = new LocalViews(store, new FieldMerger());
        MissingBlobs missingBlobs = new MissingBlobs();
        this.pusher = new OutboxPusher(store, transport, clock.deviceId(), settings.batchSize(),
                transport.pushesInFlight(), batchIds,
                new PushResultApplier(store, clock, views, missingBlobs), Objects.requireNonNull(blobs), missingBlobs,
                nanoClock);
        this.pullApplier = new PullApplier(store, clock, views);
        this.gridSweep = new GridScopeSweep(store);
    }

    /** Asks the running session to stop after the batch or page in progress; safe from any thread. */
    public void cancel() {
        cancelled = true;
    }

    public SyncOutcome run() {
        CounterBoard board = new CounterBoard();
        try {
            if (!pusher.pushAll(() -> cancelled, board, () -> listener.onProgress(SyncPhase.PUSH, board.snapshot()))) {
                return new SyncOutcome(SyncOutcome.Ending.CANCELLED, board.snapshot(), null);
            }
            if (!pullAll(board)) {
                return new SyncOutcome(SyncOutcome.Ending.CANCELLED, board.snapshot(), null);
            }
            listener.onProgress(SyncPhase.DONE, board.snapshot());
            return new SyncOutcome(SyncOutcome.Ending.COMPLETED, board.snapshot(), null);
        } catch (SyncException e) {
            return new SyncOutcome(SyncOutcome.Ending.FAILED, board.snapshot(), e);
        }
    }

    /** Pulls every page, then follows the announced grids; a grid gained means pulling once more from 0. */
    private boolean pullAll(CounterBoard board) {
        if (cancelled) {
            return false;
        }
        long start = store.pullCursor();
        PullEnd end = pullPages(board, start);
        if (end == null) {
            return false;
        }
        if (end.grids().isPresent()
                && gridSweep.afterPull(Set.copyOf(end.grids().get()), start == 0, end.heldOnlyFromTheseGrids())) {
            return pullPages(board, 0) != null;
        }
        return true;
    }

    /**
     * How a pull ended: the grids its last page announced (empty: none announced), and whether every record the
     * device holds came from pages announcing those very grids. That holds when a pull from 0 began on a device
     * that held nothing and the grids never changed on the way, as on a new laptop: nothing is left to sweep.
     */
    private record PullEnd(Optional<List<String>> grids, boolean heldOnlyFromTheseGrids) {
    }

    /**
     * Fetches the next page while the current one is written.
     *
     * @return how the pull ended, or null when cancelled
     */
    private PullEnd pullPages(CounterBoard board, long from) {
        long cursor = from;
        boolean startedEmpty = false;
        if (from == 0) {
            Set<RecordKey> held = store.records();
            startedEmpty = held.isEmpty();
            pullApplier.startFromScratch(held);
        }
        GridsAnnounced announced = new GridsAnnounced();
        try (PageAhead pages = new PageAhead(transport, settings.pageSize())) {
            pages.fetchAfter(cursor);
            while (!cancelled) {
                ChangesPage page = pages.take();
                if (page.hasMore() && page.next() <= cursor) {
                    throw new SyncException("protocol_error", "The platform's pull cursor did not advance");
                }
                if (page.hasMore()) {
                    pages.fetchAfter(page.next());
                }
                pullApplier.apply(page);
                announced.add(page.grids());
                board.pulled(page.records().size());
                listener.onProgress(SyncPhase.PULL, board.snapshot());
                cursor = page.next();
                if (!page.hasMore()) {
                    return new PullEnd(Optional.ofNullable(page.grids()), startedEmpty && announced.neverChanged());
                }
            }
            return null;
        } finally {
            pullApplier.stopTracking();
        }
    }
}
