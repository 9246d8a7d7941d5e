package org.griddesk.desktop.service.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.griddesk.desktop.service.issues.IssueCategories;
import org.griddesk.desktop.service.issues.IssueService;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.PlatformPreset;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.griddesk.desktop.store.sync.SyncLogTable;
import org.griddesk.sync.client.ClientSettings;

/** Wires the sync service of an unlocked encrypted store. */
public final class SyncServices {

    private SyncServices() {
    }

    /** Empty for sessions without an encrypted store (view tests run on in-memory sessions). */
    public static Optional<SyncService> forSession(DeviceSession session) {
        if (session instanceof EncryptedDeviceSession encrypted) {
            return Optional.of(of(encrypted, ClientSettings.standard()));
        }
        return Optional.empty();
    }

    /**
     * Starts what a screen needs of sync: the probe behind 在线 asks the platform sync talks to (the signed-in
     * account's, else the one in the settings), and automatic sync runs when it comes online. Both stop, a running
     * sync with them, before the session's store closes. Sessions without an encrypted store have nothing to sync.
     */
    public static void startBackground(DeviceSession session) {
        if (session instanceof EncryptedDeviceSession encrypted) {
            SyncAccountStore account = new SyncAccountStore(encrypted.store().settings());
            encrypted.platformProbe().askAt(() -> account.syncAddress(encrypted.settings().platformUrl()));
            AutoSync auto = autoSync(encrypted, AutoSync.DEFAULT_INTERVAL);
            encrypted.closeBeforeStore(auto);
            auto.start();
        }
        session.startBackgroundWork();
    }

    /** Automatic sync for the session: runs when its probe sees the platform come online and the setting is on. */
    public static AutoSync autoSync(EncryptedDeviceSession session, Duration interval) {
        SyncService sync = of(session, ClientSettings.standard());
        return new AutoSync(session.platformProbe()::lastKnownOnline,
                () -> sync.autoSync() && sync.account().isPresent(),
                cancelled -> sync.sync(SyncProgress.NONE, cancelled), interval);
    }

    public static SyncService of(EncryptedDeviceSession session, ClientSettings clientSettings) {
        SyncAccountStore accounts = new SyncAccountStore(session.store().settings());
        SignInService signIn = new SignInService(new PlatformAuth(), accounts, session.clock()::deviceId,
                session.settings()::setRole);
        SyncLogTable log = new SyncLogTable(session.store()::connect);
        IssueService issues = new IssueService(session.records(), session.clock(), session.records()::localViews,
                IssueCategories.defaults(), new UuidV7Generator(), Clock.systemUTC(), () -> "");
        SyncRunner runner = new SyncRunner(session.records(), session.clock(), accounts, log, clientSettings,
                session::rememberClock, Clock.systemUTC(), blobs(session, clientSettings))
                .placingIssuesWith(issues::placeUnplaced);
        return new SyncService(session.settings(), accounts, signIn, runner, session.records(), log)
                .withPreset(new PlatformPreset(session.dataDir())::read);
    }

    /** The session's attachments, kept encrypted in {@code blobs/} of its data folder. */
    public static DeviceBlobs blobs(EncryptedDeviceSession session, ClientSettings clientSettings) {
        return new DeviceBlobs(new EncryptedBlobStore(session.dataDir().resolve("blobs"), session.store().settings()),
                clientSettings);
    }
}
