package org.griddesk.desktop.store.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.griddesk.desktop.store.OpenStore;
import org.griddesk.desktop.store.StoreException;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.DeviceStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The sync engine's device-store contract, held against the real encrypted Derby store. */
class DerbyDeviceStoreContractTest extends DeviceStoreContract {

    @TempDir
    Path dataDir;

    private final List<OpenStore> opened = new ArrayList<>();

    @Override
    protected DeviceStore newStore() {
        try {
            OpenStore store = SyncStoreFixtures.createStore(dataDir.resolve("store-" + opened.size()));
            opened.add(store);
            return DerbyDeviceStore.on(store);
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void closeStores() {
        opened.forEach(OpenStore::close);
    }
}
