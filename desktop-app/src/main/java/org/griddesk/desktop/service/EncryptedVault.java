package org.griddesk.desktop.service;

import java.nio.file.Path;
import java.time.Duration;

import org.griddesk.desktop.store.StoreFolder;
import org.griddesk.desktop.store.OpenStore;
import org.griddesk.desktop.store.StoreException;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.desktop.store.UnlockThrottle;

/** The {@link Vault} over the encrypted Derby store in DATA_DIR/db, with unlock throttling beside it. */
public final class EncryptedVault implements Vault {

    private final StoreFolder store;
    private final UnlockThrottle throttle;
    private final LanguagePreference languageMirror;
    private final Duration probeInterval;

    public EncryptedVault(Path dataDir, StoreOptions options, Duration probeInterval) {
        this.store = new StoreFolder(dataDir, options);
        this.throttle = new UnlockThrottle(store.dataDir(), options.clock());
        this.languageMirror = new LanguagePreference(store.dataDir());
        this.probeInterval = probeInterval;
    }

    public Path dataDir() {
        return store.dataDir();
    }

    @Override
    public boolean isInitialised() {
        return store.exists();
    }

    @Override
    public EncryptedDeviceSession create(char[] passphrase) throws VaultException {
        if (store.exists()) {
            throw new VaultException(VaultException.Reason.ALREADY_INITIALISED, "a store already exists here");
        }
        if (PassphrasePolicy.assess(passphrase) == PassphraseStrength.WEAK) {
            throw new VaultException(VaultException.Reason.PASSPHRASE_TOO_WEAK, "the passphrase is too weak");
        }
        try {
            return session(store.create(passphrase));
        } catch (StoreException e) {
            throw translate(e);
        }
    }

    @Override
    public EncryptedDeviceSession unlock(char[] passphrase) throws VaultException {
        if (!store.exists()) {
            throw new VaultException(VaultException.Reason.NOT_INITIALISED, "no store has been created here");
        }
        Duration wait = throttle.remaining();
        if (!wait.isZero()) {
            throw new VaultException(VaultException.Reason.THROTTLED, "too many wrong passphrases", wait, null);
        }
        OpenStore open;
        try {
            open = store.open(passphrase);
        } catch (StoreException e) {
            throw translate(e);
        }
        throttle.reset();
        return session(open);
    }

    @Override
    public Duration retryDelay() {
        return throttle.remaining();
    }

    private EncryptedDeviceSession session(OpenStore open) {
        return new EncryptedDeviceSession(store.dataDir(), open, languageMirror, probeInterval);
    }

    private VaultException translate(StoreException e) {
        return switch (e.failure()) {
            case WRONG_KEY -> new VaultException(VaultException.Reason.WRONG_PASSPHRASE, e.getMessage(),
                    throttle.recordFailure(), e);
            case IN_USE -> new VaultException(VaultException.Reason.IN_USE_BY_ANOTHER_PROCESS, e.getMessage(), null, e);
            case MIGRATION_FAILED -> new VaultException(VaultException.Reason.MIGRATION_FAILED, e.getMessage(), null, e);
            case STORAGE -> new VaultException(VaultException.Reason.STORAGE_ERROR, e.getMessage(), null, e);
        };
    }
}
