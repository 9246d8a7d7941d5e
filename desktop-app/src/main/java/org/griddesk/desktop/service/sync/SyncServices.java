package org.griddesk.desktop.service.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.EncryptedDeviceSession;
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

    /** Automatic sync for the session: runs when its probe sees the platform come online and the setting is on. */
    public static AutoSync autoSync(EncryptedDeviceSession session, Duration interval) {
        SyncService sync = of(session, ClientSettings.standard());
        return new AutoSync(session.platformProbe()::lastKnownOnline,
                () -> sync.autoSync() && sync.account().isPresent(),
                () -> sync.sync(SyncProgress.NONE, () -> false), interval);
    }

    public static SyncService of(EncryptedDeviceSession session, ClientSettings clientSettings) {
        SyncAccountStore accounts = new SyncAccountStore(session.store().settings());
        SignInService signIn = new SignInService(new PlatformAuth(), accounts, session.clock()::deviceId,
                session.settings()::setRole);
        SyncLogTable log = new SyncLogTable(session.store()::connect);
        SyncRunner runner = new SyncRunner(session.records(), session.clock(), accounts, log, clientSettings,
                session::rememberClock, Clock.systemUTC(), blobs(session, clientSettings));
        return new SyncService(session.settings(), accounts, signIn, runner, session.records(), log);
    }

    /** The session's attachments, kept encrypted in {@code blobs/} of its data folder. */
    public static DeviceBlobs blobs(EncryptedDeviceSession session, ClientSettings clientSettings) {
        return new DeviceBlobs(new EncryptedBlobStore(session.dataDir().resolve("blobs"), session.store().settings()),
                clientSettings);
    }
}
