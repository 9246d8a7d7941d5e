package org.griddesk.desktop.service.device;

import java.util.Optional;
import java.util.function.Supplier;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.SessionWiring;
import org.griddesk.desktop.service.applications.Applications;
import org.griddesk.desktop.service.map.FieldWork;
import org.griddesk.desktop.service.practice.PracticeActivity;
import org.griddesk.desktop.service.review.ReviewService;
import org.griddesk.desktop.service.sync.SyncService;
import org.griddesk.desktop.service.today.TodayService;
import org.griddesk.desktop.service.update.DesktopUpdates;

/**
 * Every service the workspaces use of one unlocked store, built once per unlock in the unlock's background task
 * (by {@code app.DeviceWiring}) and handed to the screens with the session. An empty service means the session has
 * no encrypted store (the in-memory sessions of screen tests): its workspace shows an honest empty state.
 *
 * @param applications reads the registry once: call it off the FX thread
 * @param review       the review queue of the account signed in now, empty unless a supervisor or an administrator
 *                     (asked each time 审核 is built, so signing in on 同步 makes it appear)
 * @param practiceActivity counts what the practice tour's steps left behind; call it off the FX thread
 * @param updates      newer desktop packages the platform offers, downloaded into {@code updates/} of the data folder
 * @param startBackground starts what only a screen needs (the platform probe, automatic sync); the command line never
 *                        calls it, and closing the session stops it
 */
public record DeviceServices(Optional<SyncService> sync, Optional<FieldWork> fieldWork,
                             Optional<HouseholdServices> households, Optional<Supplier<Applications>> applications,
                             Supplier<Optional<ReviewService>> review, Optional<TodayService> today,
                             Supplier<PracticeActivity> practiceActivity, Optional<DesktopUpdates> updates,
                             Runnable startBackground) {

    /** Wiring that gives every session no services (screen tests that need no store behind their workspaces). */
    public static SessionWiring<DeviceServices> nothing() {
        return new SessionWiring<>() {
            @Override
            public DeviceServices encrypted(EncryptedDeviceSession session) {
                return none(session);
            }

            @Override
            public DeviceServices other(DeviceSession session) {
                return none(session);
            }
        };
    }

    /** For a session without an encrypted store: nothing to sync, map or register; its probe still starts. */
    public static DeviceServices none(DeviceSession session) {
        return new DeviceServices(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional::empty, Optional.empty(), () -> PracticeActivity.NONE, Optional.empty(),
                session::startBackgroundWork);
    }
}
