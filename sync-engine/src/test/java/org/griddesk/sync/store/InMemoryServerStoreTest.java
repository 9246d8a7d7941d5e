package org.griddesk.sync.store;

class InMemoryServerStoreTest extends ServerStoreContract {

    @Override
    protected ServerStore newStore() {
        return new InMemoryServerStore();
    }
}
