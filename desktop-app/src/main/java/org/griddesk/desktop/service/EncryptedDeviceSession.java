package org.griddesk.desktop.service;

import java.nio.file.Path;

import org.griddesk.desktop.service.sync.AutoSync;
import org.griddesk.desktop.service.sync.DeviceClock;
import org.griddesk.desktop.service.sync.SyncAccountStore;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.desktop.store.OpenStore;
import org.griddesk.desktop.store.StoreException;
import org.griddesk.desktop.store.StoreFailure;
import org.griddesk.desktop.store.sync.DerbyDeviceStore;
import org.griddesk.sync.clock.HybridLogicalClock;

/** An unlocked encrypted store with its settings, status and background platform probe. */
public final class EncryptedDeviceSession implements DeviceSession {

    private final Path dataDir;
    private final OpenStore store;
    private final StoredSettings settings;
    private final PlatformProbe probe;
    private final StoreStatus status;
    private final DerbyDeviceStore records;
    private final DeviceClock deviceClock;
    private final AutoSync autoSync;

    EncryptedDeviceSession(Path dataDir, OpenStore store, LanguagePreference languageMirror, java.time.Duration probeInterval) {
        this.dataDir = dataDir;
        this.store = store;
        this.settings = new StoredSettings(store.settings(), languageMirror);
        // 在线 must mean that the platform sync would talk to answers, so the probe asks the signed-in account's one.
        SyncAccountStore account = new SyncAccountStore(store.settings());
        this.probe = new PlatformProbe(() -> account.syncAddress(settings.platformUrl()), probeInterval);
        this.status = new StoreStatus(store.statusCounts(), probe);
        this.records = DerbyDeviceStore.on(store);
        this.deviceClock = DeviceClock.resume(store.settings(), records, System::currentTimeMillis);
        probe.start();
        this.autoSync = SyncServices.autoSync(this, AutoSync.DEFAULT_INTERVAL);
        autoSync.start();
    }

    @Override
    public StoredSettings settings() {
        return settings;
    }

    @Override
    public StatusService status() {
        return status;
    }

    @Override
    public DerbyDeviceStore records() {
        return records;
    }

    @Override
    public HybridLogicalClock clock() {
        return deviceClock.clock();
    }

    /** Saves the clock's newest time; the sync runner calls it after each run, close() does too. */
    public void rememberClock() {
        deviceClock.remember();
    }

    public PlatformProbe platformProbe() {
        return probe;
    }

    /** The data folder of this store: attachments and map files live beside the database. */
    public Path dataDir() {
        return dataDir;
    }

    /** The Flyway version the device schema is at after unlocking. */
    public String schemaVersion() {
        return store.schemaVersion();
    }

    /** For the sync engine and other store-level services wired in app. */
    public OpenStore store() {
        return store;
    }

    @Override
    public void changePassphrase(char[] current, char[] next) throws VaultException {
        if (PassphrasePolicy.assess(next) == PassphraseStrength.WEAK) {
            throw new VaultException(VaultException.Reason.PASSPHRASE_TOO_WEAK, "the new passphrase is too weak");
        }
        try {
            store.changePassphrase(current, next);
        } catch (StoreException e) {
            VaultException.Reason reason = e.failure() == StoreFailure.WRONG_KEY
                    ? VaultException.Reason.WRONG_PASSPHRASE : VaultException.Reason.STORAGE_ERROR;
            throw new VaultException(reason, e.getMessage(), null, e);
        }
    }

    @Override
    public void close() {
        autoSync.close();
        probe.close();
        deviceClock.remember();
        store.close();
    }
}
