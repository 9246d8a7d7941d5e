package org.griddesk.desktop.service.sync;

import java.time.Clock;
import java.time.Duration;

import org.griddesk.desktop.service.issues.IssueCategories;
import org.griddesk.desktop.service.issues.IssueService;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.PlatformPreset;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.griddesk.desktop.store.sync.SyncLogTable;
import org.griddesk.sync.client.ClientSettings;

/** Builds the sync service of an unlocked encrypted store; app.DeviceWiring builds it once per unlock. */
public final class SyncServices {

    private SyncServices() {
    }

    /**
     * Starts what a screen needs of sync: the probe behind 在线 asks the platform sync talks to (the signed-in
     * account's, else the one in the settings), and automatic sync, through the session's one {@code sync}, runs when
     * it comes online. Both stop, a running sync with them, before the session's store closes.
     */
    public static void startBackground(EncryptedDeviceSession session, SyncService sync) {
        SyncAccountStore account = new SyncAccountStore(session.store().settings());
        session.platformProbe().askAt(() -> account.syncAddress(session.settings().platformUrl()));
        AutoSync auto = autoSync(session, sync, AutoSync.DEFAULT_INTERVAL);
        session.closeBeforeStore(auto);
        auto.start();
        session.startBackgroundWork();
    }

    /** Automatic sync for the session: runs when its probe sees the platform come online and the setting is on. */
    public static AutoSync autoSync(EncryptedDeviceSession session, SyncService sync, Duration interval) {
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
