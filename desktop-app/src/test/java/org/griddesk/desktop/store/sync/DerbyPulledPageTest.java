package org.griddesk.desktop.store.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.griddesk.desktop.service.sync.ForwardingDeviceStore;
import org.griddesk.desktop.store.OpenStore;
import org.griddesk.desktop.store.StoreException;
import org.griddesk.sync.client.Transport;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.session.PulledPageContract;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.session.SyncListener;
import org.griddesk.sync.session.SyncSession;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PulledRecord;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pulled pages through the bulk reads and batched writes of the real encrypted Derby store. */
class DerbyPulledPageTest extends PulledPageContract {

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

    @Test
    void aPageWhoseCursorCannotBeSavedLeavesNoneOfItsRecords() {
        DeviceStore derby = newStore();
        DeviceStore failingCursor = new ForwardingDeviceStore(derby) {
            @Override
            public void savePullCursor(long cursor) {
                throw new IllegalStateException("disk full");
            }
        };
        List<PulledRecord> records = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            records.add(new PulledRecord("household", "h" + i, 1, i, Map.of("grid", "500101001001"), false, false,
                    null));
        }
        Transport onePage = new Transport() {
            @Override
            public PushResponse push(PushRequest request) {
                throw new AssertionError("nothing to push");
            }

            @Override
            public ChangesPage pull(long after, int limit) {
                return new ChangesPage(records, 150, false);
            }
        };
        SyncSession session = new SyncSession(failingCursor, onePage, HybridLogicalClock.systemClock("dev"),
                new SessionSettings(50, 200), SyncListener.NONE);
        assertThrows(IllegalStateException.class, session::run);
        assertTrue(derby.records().isEmpty(), "the page rolled back with its cursor");
        assertEquals(0, derby.pullCursor());
    }

    @AfterEach
    void closeStores() {
        opened.forEach(OpenStore::close);
    }
}
