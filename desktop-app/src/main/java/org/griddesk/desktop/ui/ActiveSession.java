package org.griddesk.desktop.ui;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.ui.shell.IdleLock;
import org.griddesk.desktop.ui.statusbar.StatusRefresher;

/** The open session and the timers that live exactly as long as it. */
final class ActiveSession {

    private final DeviceSession session;
    private final IdleLock idleLock;
    private final StatusRefresher statusRefresher;

    ActiveSession(DeviceSession session, IdleLock idleLock, StatusRefresher statusRefresher) {
        this.session = session;
        this.idleLock = idleLock;
        this.statusRefresher = statusRefresher;
    }

    void start() {
        idleLock.start();
        statusRefresher.start();
    }

    IdleLock idleLock() {
        return idleLock;
    }

    /** Stops the timers on the FX thread and hands back the session, which the caller closes off it. */
    DeviceSession end() {
        idleLock.stop();
        statusRefresher.cancel();
        return session;
    }
}
