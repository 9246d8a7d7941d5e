package org.griddesk.sync.session;

import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.InMemoryDeviceStore;

class InMemoryPulledPageTest extends PulledPageContract {

    @Override
    protected DeviceStore newStore() {
        return new InMemoryDeviceStore();
    }
}
