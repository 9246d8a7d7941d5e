package org.griddesk.desktop.store.sync;

import java.nio.file.Path;

import org.griddesk.desktop.store.StoreFolder;
import org.griddesk.desktop.store.OpenStore;
import org.griddesk.desktop.store.StoreException;
import org.griddesk.desktop.store.StoreOptions;

/** Real encrypted Derby stores with cheap key derivation, as the store tests use them. */
final class SyncStoreFixtures {

    static final char[] PASSPHRASE = "同步-测试-passphrase-9".toCharArray();

    private SyncStoreFixtures() {
    }

    static OpenStore createStore(Path dir) throws StoreException {
        return new StoreFolder(dir, StoreOptions.defaults().withIterations(1_000)).create(PASSPHRASE);
    }

    static OpenStore openStore(Path dir) throws StoreException {
        return new StoreFolder(dir, StoreOptions.defaults().withIterations(1_000)).open(PASSPHRASE);
    }
}
