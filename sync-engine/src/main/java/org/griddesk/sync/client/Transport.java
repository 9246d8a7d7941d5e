package org.griddesk.sync.client;

import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;

/**
 * How a sync session reaches the platform: over HTTP ({@link HttpSyncClient}) or, in tests, straight into
 * an in-memory platform. Failures are {@link SyncException}s.
 */
public interface Transport {

    PushResponse push(PushRequest request);

    ChangesPage pull(long after, int limit);

    /**
     * How many pushes a session may have on their way at once. More than one only helps where sending takes time of
     * its own (a network, a body to compress), and the transport must then be safe to call from several threads.
     */
    default int pushesInFlight() {
        return 1;
    }
}
