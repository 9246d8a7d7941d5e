package org.griddesk.platform.app;

import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.HttpSyncClient;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.session.BlobUploads;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.session.SyncListener;
import org.griddesk.sync.session.SyncOutcome;
import org.griddesk.sync.session.SyncSession;
import org.griddesk.sync.store.InMemoryDeviceStore;

/** A grid worker's device as the desktop app wires it: local store, clock, editor, HTTP client to the platform. */
final class TestLaptop {
    final String id;
    final InMemoryDeviceStore store = new InMemoryDeviceStore();
    private final HybridLogicalClock clock;
    private final LocalChanges edits;
    private final HttpSyncClient client;
    private final SessionSettings settings;

    TestLaptop(String id, int port, String token, SessionSettings settings) {
        this.id = id;
        this.clock = HybridLogicalClock.systemClock(id);
        this.edits = new LocalChanges(store, clock);
        this.client = new HttpSyncClient(HttpUrl.get("http://127.0.0.1:" + port + "/"), () -> token,
                ClientSettings.standard());
        this.settings = settings;
    }

    SyncOutcome sync() {
        return new SyncSession(store, client, clock, settings, SyncListener.NONE).run();
    }

    /** A sync run that gets the blobs of its changes onto the platform through {@code blobs}. */
    SyncOutcome sync(BlobUploads blobs) {
        return new SyncSession(store, client, clock, settings, SyncListener.NONE,
                () -> UUID.randomUUID().toString(), blobs).run();
    }

    void set(String type, String recordId, Map<String, ?> fields) {
        edits.set(new RecordKey(type, recordId), fields);
    }

    SyncRecord view(String type, String recordId) {
        return store.localView(new RecordKey(type, recordId)).orElse(null);
    }
}
