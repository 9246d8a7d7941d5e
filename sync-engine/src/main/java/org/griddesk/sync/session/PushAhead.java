package org.griddesk.sync.session;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

import org.griddesk.sync.client.Transport;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;

/**
 * Sends a batch while the one before is still being judged, when the transport can carry more than one push at a
 * time: the platform judges batches one after another, so without this the device's and the platform's other work
 * (building, compressing and parsing bodies, applying answers) waits for each judgement instead of overlapping it.
 * With one push in flight each batch is sent on the caller's thread, exactly as it always was.
 */
final class PushAhead implements AutoCloseable {

    /** The platform's answer and how long the push took, for {@link BatchSizer}. */
    record Answer(PushResponse response, Duration took) {
    }

    private final Transport transport;
    private final LongSupplier nanoClock;
    private final ExecutorService senders;

    PushAhead(Transport transport, int inFlight, LongSupplier nanoClock) {
        this.transport = transport;
        this.nanoClock = nanoClock;
        this.senders = inFlight <= 1 ? null : Executors.newFixedThreadPool(inFlight, task -> {
            Thread thread = new Thread(task, "griddesk-push-ahead");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the push; its answer, or the transport's failure, comes from {@link #answer}. */
    Future<Answer> send(PushRequest request) {
        if (senders != null) {
            return senders.submit(() -> sendNow(request));
        }
        try {
            return CompletableFuture.completedFuture(sendNow(request));
        } catch (RuntimeException | Error failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    /** Waits for a push started by {@link #send}; a failure is thrown as the transport threw it. */
    static Answer answer(Future<Answer> sent) {
        return AwaitedAnswers.await(sent, "push_failed", "Sending a batch failed");
    }

    /** Sends on the caller's thread and waits for the answer. */
    Answer sendNow(PushRequest request) {
        long started = nanoClock.getAsLong();
        PushResponse response = transport.push(request);
        return new Answer(response, Duration.ofNanos(nanoClock.getAsLong() - started));
    }

    @Override
    public void close() {
        if (senders != null) {
            senders.shutdownNow();
        }
    }
}
