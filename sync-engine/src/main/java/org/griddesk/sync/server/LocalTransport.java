package org.griddesk.sync.server;

import java.util.Objects;
import org.griddesk.sync.client.RequestRejectedException;
import org.griddesk.sync.client.SchemaTooOldException;
import org.griddesk.sync.client.Transport;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;

/** Runs a device's sync session straight against an in-process platform core, without HTTP. */
public final class LocalTransport implements Transport {

    private final SyncServerCore core;
    private final Caller caller;

    public LocalTransport(SyncServerCore core, Caller caller) {
        this.core = Objects.requireNonNull(core);
        this.caller = Objects.requireNonNull(caller);
    }

    @Override
    public PushResponse push(PushRequest request) {
        try {
            return core.push(caller, request);
        } catch (UnsupportedSchemaException e) {
            throw new SchemaTooOldException(e.getMessage());
        } catch (BatchIdReusedException e) {
            throw new RequestRejectedException(409, ErrorCodes.BATCH_ID_REUSED, e.getMessage());
        }
    }

    @Override
    public ChangesPage pull(long after, int limit) {
        return core.pull(caller, after, limit);
    }
}
