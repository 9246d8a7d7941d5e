package org.griddesk.sync.store;

class InMemoryDeviceStoreTest extends DeviceStoreContract {

    @Override
    protected DeviceStore newStore() {
        return new InMemoryDeviceStore();
    }
}
