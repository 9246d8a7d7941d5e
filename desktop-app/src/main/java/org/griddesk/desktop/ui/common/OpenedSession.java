package org.griddesk.desktop.ui.common;

import java.time.Duration;
import java.util.Locale;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.SessionWiring;
import org.griddesk.desktop.service.SettingsService;
import org.griddesk.desktop.service.device.DeviceServices;
import org.griddesk.desktop.service.sync.SignedInAccount;

/**
 * An unlocked session together with what the shell needs from it straight away: its settings and every service the
 * workspaces use. Read and wired in the same background task as the unlock, so the FX thread never waits for the
 * store.
 */
public record OpenedSession(DeviceSession session, boolean supervisor, Duration idleLock, Locale language,
                            DeviceServices services) {

    /** Runs on a background thread; {@code wiring} builds the session's services (the composition root's). */
    public static OpenedSession read(DeviceSession session, SessionWiring<DeviceServices> wiring) {
        try {
            SettingsService settings = session.settings();
            boolean supervisor = settings.role().filter(SignedInAccount::reviews).isPresent();
            return new OpenedSession(session, supervisor, settings.idleLock(), settings.language(),
                    session.wire(wiring));
        } catch (RuntimeException failure) {
            // Nobody else holds the session yet: an open store must not be left behind.
            session.close();
            throw failure;
        }
    }
}
