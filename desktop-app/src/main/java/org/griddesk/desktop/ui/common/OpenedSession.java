package org.griddesk.desktop.ui.common;

import java.time.Duration;
import java.util.Locale;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.SettingsService;

/**
 * An unlocked session together with what the shell needs from it straight away. Read in the same background
 * task as the unlock, so the FX thread never waits for the store.
 */
public record OpenedSession(DeviceSession session, boolean supervisor, Duration idleLock, Locale language) {

    public static final String SUPERVISOR_ROLE = "supervisor";

    /** Runs on a background thread. */
    public static OpenedSession read(DeviceSession session) {
        try {
            SettingsService settings = session.settings();
            boolean supervisor = settings.role().filter(SUPERVISOR_ROLE::equals).isPresent();
            return new OpenedSession(session, supervisor, settings.idleLock(), settings.language());
        } catch (RuntimeException failure) {
            // Nobody else holds the session yet: an open store must not be left behind.
            session.close();
            throw failure;
        }
    }
}
