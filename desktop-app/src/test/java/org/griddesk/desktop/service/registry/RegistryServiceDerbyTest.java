package org.griddesk.desktop.service.registry;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.sync.store.DeviceStore;

/** The same behaviour on the encrypted Derby store the app really uses. */
class RegistryServiceDerbyTest extends RegistryServiceContract {

    @Override
    protected DeviceStore newStore(EncryptedDeviceSession session) {
        return session.records();
    }
}
