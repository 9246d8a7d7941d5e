package org.griddesk.desktop.app;

import java.util.Optional;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.SessionWiring;
import org.griddesk.desktop.service.applications.Applications;
import org.griddesk.desktop.service.device.DeviceServices;
import org.griddesk.desktop.service.device.HouseholdServices;
import org.griddesk.desktop.service.map.FieldWork;
import org.griddesk.desktop.service.practice.PracticeActivities;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.review.ReviewServices;
import org.griddesk.desktop.service.sync.GridNames;
import org.griddesk.desktop.service.sync.SyncService;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.desktop.service.today.Today;
import org.griddesk.desktop.service.update.AppVersion;
import org.griddesk.desktop.service.update.DesktopUpdates;
import org.griddesk.sync.client.ClientSettings;

/**
 * The desktop's composition root for one unlocked store: every service a workspace uses is built here, once per
 * unlock, in the unlock's background task (reading the settings never waits on the FX thread). A new workspace's
 * service goes here and into {@link DeviceServices}; its screen takes it from there.
 */
public final class DeviceWiring implements SessionWiring<DeviceServices> {

    /** Wires any session: the encrypted store gets every service, other sessions none. */
    public static DeviceServices of(DeviceSession session) {
        return session.wire(new DeviceWiring());
    }

    @Override
    public DeviceServices encrypted(EncryptedDeviceSession session) {
        // one sync service for the 同步 workspace and automatic sync alike
        SyncService sync = SyncServices.of(session, ClientSettings.standard());
        FieldWork fieldWork = FieldWork.forSession(session);
        // visits and audited reveals carry the signed-in worker's name, the device id before the first sign-in
        HouseholdServices households = new HouseholdServices(
                () -> Registries.open(session, Registries.signedInWorker(session)), Registries.drafts(session),
                GridNames.of(session), () -> Applications.ratings(session));
        return new DeviceServices(Optional.of(sync), Optional.of(fieldWork), Optional.of(households),
                Optional.of(() -> Applications.open(session)), () -> ReviewServices.forSession(session),
                Optional.of(Today.forSession(session)), () -> PracticeActivities.of(session),
                Optional.of(new DesktopUpdates(session.dataDir().resolve("updates"), AppVersion.current())),
                () -> SyncServices.startBackground(session, sync));
    }

    @Override
    public DeviceServices other(DeviceSession session) {
        return DeviceServices.none(session);
    }
}
