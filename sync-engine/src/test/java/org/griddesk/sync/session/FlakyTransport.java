package org.griddesk.sync.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.griddesk.sync.client.RequestRejectedException;
import org.griddesk.sync.client.ServerUnavailableException;
import org.griddesk.sync.client.Transport;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;

/** Wraps a transport to lose answers and cut pulls the way a village network does. */
final class FlakyTransport implements Transport {

    private final Transport inner;
    final List<PushRequest> pushes = new ArrayList<>();
    final List<Long> pullCursors = new ArrayList<>();
    int pushAnswersToLose;
    int pullPagesBeforeCut = -1;
    Runnable duringPush = () -> { };
    /** A push this says yes to is refused as a too large body (413) before the platform sees any of it. */
    Predicate<PushRequest> tooLarge = request -> false;
    final List<PushRequest> refusedAsTooLarge = new ArrayList<>();
    Runnable beforePull = () -> { };
    BiConsumer<PushRequest, PushResponse> judged = (request, response) -> { };

    FlakyTransport(Transport inner) {
        this.inner = inner;
    }

    @Override
    public PushResponse push(PushRequest request) {
        if (tooLarge.test(request)) {
            refusedAsTooLarge.add(request);
            throw new RequestRejectedException(413, "too_large", "Request body is larger than 1000000 bytes");
        }
        pushes.add(request);
        PushResponse response = inner.push(request);
        judged.accept(request, response);
        duringPush.run();
        if (pushAnswersToLose > 0) {
            pushAnswersToLose--;
            throw new ServerUnavailableException("answer lost", null); // the platform did judge the batch
        }
        return response;
    }

    @Override
    public ChangesPage pull(long after, int limit) {
        beforePull.run();
        if (pullPagesBeforeCut == 0) {
            pullPagesBeforeCut = -1;
            throw new ServerUnavailableException("connection cut", null);
        }
        if (pullPagesBeforeCut > 0) {
            pullPagesBeforeCut--;
        }
        pullCursors.add(after);
        return inner.pull(after, limit);
    }
}
