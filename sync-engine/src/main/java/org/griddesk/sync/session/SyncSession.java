package org.griddesk.sync.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.griddesk.sync.client.SyncException;
import org.griddesk.sync.client.Transport;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.merge.FieldMerger;
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
        this.store = Objects.requireNonNull(store);
        this.transport = Objects.requireNonNull(transport);
        this.settings = Objects.requireNonNull(settings);
        this.listener = Objects.requireNonNull(listener);
        LocalViews views = new LocalViews(store, new FieldMerger());
        this.pusher = new OutboxPusher(store, transport, clock.deviceId(), settings.batchSize(), batchIds,
                new PushResultApplier(store, clock, views));
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
        Optional<List<String>> grids = pullPages(board, start);
        if (grids == null) {
            return false;
        }
        if (grids.isPresent() && gridSweep.afterPull(Set.copyOf(grids.get()), start == 0)) {
            return pullPages(board, 0) != null;
        }
        return true;
    }

    /**
     * Fetches the next page while the current one is written.
     *
     * @return the grids the last page announced (empty: none announced), or null when cancelled
     */
    private Optional<List<String>> pullPages(CounterBoard board, long from) {
        long cursor = from;
        if (from == 0) {
            pullApplier.startFromScratch(store.records());
        }
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
                board.pulled(page.records().size());
                listener.onProgress(SyncPhase.PULL, board.snapshot());
                cursor = page.next();
                if (!page.hasMore()) {
                    return Optional.ofNullable(page.grids());
                }
            }
            return null;
        } finally {
            pullApplier.stopTracking();
        }
    }
}
