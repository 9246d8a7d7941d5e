package org.griddesk.sync.session;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.griddesk.sync.client.Transport;
import org.griddesk.sync.wire.ChangesPage;

/**
 * Asks the platform for the next page while the device is still writing the current one: on a first pull the
 * platform's answer and the device's disk work then overlap instead of taking turns. Pages are still applied
 * one after the other, each with its cursor; a page fetched ahead and never taken is simply dropped.
 */
final class PageAhead implements AutoCloseable {

    private final Transport transport;
    private final int pageSize;
    private final ExecutorService fetcher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "griddesk-pull-ahead");
        thread.setDaemon(true);
        return thread;
    });
    private Future<ChangesPage> ahead;

    PageAhead(Transport transport, int pageSize) {
        this.transport = transport;
        this.pageSize = pageSize;
    }

    /** Starts fetching the page after {@code cursor}. */
    void fetchAfter(long cursor) {
        ahead = fetcher.submit(() -> transport.pull(cursor, pageSize));
    }

    /** The page asked for last, once it is there; a failure of the fetch is thrown here as the transport threw it. */
    ChangesPage take() {
        try {
            return AwaitedAnswers.await(ahead, "pull_failed", "Fetching the next page failed");
        } finally {
            ahead = null;
        }
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.cancel(true);
        }
        fetcher.shutdownNow();
    }
}
