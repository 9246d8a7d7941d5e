package org.griddesk.desktop.service;

import org.griddesk.desktop.store.OpenStore;
import org.griddesk.desktop.store.StoreException;
import org.griddesk.desktop.store.StoreFailure;

/** An unlocked encrypted store with its settings, status and background platform probe. */
public final class EncryptedDeviceSession implements DeviceSession {

    private final OpenStore store;
    private final StoredSettings settings;
    private final PlatformProbe probe;
    private final StoreStatus status;

    EncryptedDeviceSession(OpenStore store, LanguagePreference languageMirror, java.time.Duration probeInterval) {
        this.store = store;
        this.settings = new StoredSettings(store.settings(), languageMirror);
        this.probe = new PlatformProbe(settings::platformUrl, probeInterval);
        this.status = new StoreStatus(store.statusCounts(), probe);
        probe.start();
    }

    @Override
    public StoredSettings settings() {
        return settings;
    }

    @Override
    public StatusService status() {
        return status;
    }

    public PlatformProbe platformProbe() {
        return probe;
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
        probe.close();
        store.close();
    }
}
