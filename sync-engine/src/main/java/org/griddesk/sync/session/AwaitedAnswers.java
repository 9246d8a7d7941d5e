package org.griddesk.sync.session;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.griddesk.sync.client.SyncException;

/** Waits for a request made on a helper thread, and rethrows its failure as the transport threw it. */
final class AwaitedAnswers {

    private AwaitedAnswers() {
    }

    static <T> T await(Future<T> answer, String failedCode, String failedMessage) {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new SyncException(failedCode, failedMessage, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException("interrupted", "Interrupted while waiting for the platform's answer", e);
        }
    }
}
