package org.griddesk.platform.service.sync;

import java.util.Set;
import org.griddesk.platform.service.DeviceSession;
import org.griddesk.platform.service.Role;
import org.griddesk.platform.service.Session;
import org.griddesk.sync.server.Caller;

/** Turns a device session into the sync core's caller: its device, its name as author, and its scopes. */
final class SyncCallers {
    private final String county;

    SyncCallers(String county) {
        this.county = county;
    }

    Caller of(DeviceSession device) {
        Session session = device.session();
        Set<String> scopes = session.role() == Role.ADMIN ? Set.of(county) : Set.copyOf(session.grids());
        return new Caller(device.deviceId(), session.username(), scopes);
    }
}
