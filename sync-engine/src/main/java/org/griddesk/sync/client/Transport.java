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
}
