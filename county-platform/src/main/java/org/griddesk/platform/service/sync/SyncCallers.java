package org.griddesk.platform.service.sync;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.griddesk.platform.service.SignedInDevice;
import org.griddesk.platform.service.Role;
import org.griddesk.platform.service.Session;
import org.griddesk.sync.server.Caller;

/** Turns a device session into the sync core's caller: its device, its name as author, and its scopes. */
final class SyncCallers {
    private final String county;
    private final Function<String, List<String>> formerGridsOf;

    /** {@code formerGridsOf} gives the grids taken from an account (by username) and not given back. */
    SyncCallers(String county, Function<String, List<String>> formerGridsOf) {
        this.county = county;
        this.formerGridsOf = formerGridsOf;
    }

    /** For a pull: the current scopes are all that decide what a device reads. */
    Caller of(SignedInDevice device) {
        Session session = device.session();
        return new Caller(device.deviceId(), session.username(), scopes(session));
    }

    /**
     * For a push, also the grids taken from the account: one query per batch, read before the batch is judged,
     * so that an edit to a record of such a grid is kept for review. An administrator's scope is the whole county.
     */
    Caller pushing(SignedInDevice device) {
        Session session = device.session();
        Set<String> former = session.role() == Role.ADMIN ? Set.of()
                : Set.copyOf(formerGridsOf.apply(session.username()));
        return new Caller(device.deviceId(), session.username(), scopes(session), former);
    }

    private Set<String> scopes(Session session) {
        return session.role() == Role.ADMIN ? Set.of(county) : Set.copyOf(session.grids());
    }
}
