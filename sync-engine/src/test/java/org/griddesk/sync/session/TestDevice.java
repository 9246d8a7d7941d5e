package org.griddesk.sync.session;

import java.util.Map;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.server.Caller;
import org.griddesk.sync.server.TestPlatform;
import org.griddesk.sync.store.InMemoryDeviceStore;

/** A laptop for tests: its store, clock, editor and a flaky line to the platform. */
final class TestDevice {

    final String id;
    final InMemoryDeviceStore store = new InMemoryDeviceStore();
    final HybridLogicalClock clock;
    final LocalChanges edits;
    final FlakyTransport transport;
    final SessionSettings settings;

    TestDevice(TestPlatform platform, String id, long clockOffset, SessionSettings settings, String... grids) {
        this.id = id;
        this.clock = new HybridLogicalClock(id, () -> platform.wallClock.get() + clockOffset);
        this.edits = new LocalChanges(store, clock);
        Caller caller = TestPlatform.worker(id, grids);
        this.transport = new FlakyTransport(platform.transportFor(caller));
        this.settings = settings;
    }

    SyncSession session(SyncListener listener) {
        return new SyncSession(store, transport, clock, settings, listener);
    }

    SyncOutcome sync() {
        return session(SyncListener.NONE).run();
    }

    SyncRecord set(String type, String id, Map<String, ?> fields) {
        return edits.set(new RecordKey(type, id), fields);
    }

    SyncRecord view(String type, String id) {
        return store.localView(new RecordKey(type, id)).orElse(null);
    }
}
