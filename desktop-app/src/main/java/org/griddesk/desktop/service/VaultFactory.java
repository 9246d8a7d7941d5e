package org.griddesk.desktop.service;

import java.nio.file.Path;

import org.griddesk.desktop.store.StoreOptions;

/** Where the screens get the device store from: one data folder, production settings. */
public final class VaultFactory {

    private VaultFactory() {
    }

    public static EncryptedVault open(Path dataDir) {
        return new EncryptedVault(dataDir, StoreOptions.defaults(), PlatformProbe.DEFAULT_INTERVAL);
    }
}
