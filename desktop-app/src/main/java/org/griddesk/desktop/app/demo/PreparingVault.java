package org.griddesk.desktop.app.demo;

import java.time.Duration;

import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.Vault;
import org.griddesk.desktop.service.VaultException;

/** A vault that prepares every session it hands out (demo and practice stores follow their local platform). */
abstract class PreparingVault implements Vault {

    private final EncryptedVault vault;

    PreparingVault(EncryptedVault vault) {
        this.vault = vault;
    }

    /** Runs before anyone gets {@code session}; may refuse it (closing it first). */
    abstract DeviceSession prepared(EncryptedDeviceSession session);

    @Override
    public final boolean isInitialised() {
        return vault.isInitialised();
    }

    @Override
    public final DeviceSession create(char[] passphrase) throws VaultException {
        return prepared(vault.create(passphrase));
    }

    @Override
    public final DeviceSession unlock(char[] passphrase) throws VaultException {
        return prepared(vault.unlock(passphrase));
    }

    @Override
    public final Duration retryDelay() {
        return vault.retryDelay();
    }
}
