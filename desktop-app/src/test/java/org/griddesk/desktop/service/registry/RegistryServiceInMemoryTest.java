package org.griddesk.desktop.service.registry;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.InMemoryDeviceStore;

class RegistryServiceInMemoryTest extends RegistryServiceContract {

    @Override
    protected DeviceStore newStore(EncryptedDeviceSession session) {
        return new InMemoryDeviceStore();
    }
}
