package org.griddesk.platform.app;

import static org.griddesk.platform.app.BlobHttp.sha256;

import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.DownloadTarget;
import org.griddesk.sync.client.HttpBlobClient;
import org.griddesk.sync.client.HttpSyncClient;
import org.griddesk.sync.client.ServerUnavailableException;
import org.griddesk.sync.client.Sleeper;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.session.ReferencedBlobUploads;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.session.SyncListener;
import org.griddesk.sync.session.SyncOutcome;
import org.griddesk.sync.session.SyncSession;
import org.griddesk.sync.store.InMemoryDeviceStore;
import org.griddesk.sync.store.SyncState;

/**
 * A grid worker's device wired as the desktop wires sync-engine, with the photos it holds: it edits, syncs (a run
 * that fails on the link is simply started again, as the app's next sync would) and fetches the photos of issues it
 * does not hold, resumably, checking each against its name.
 */
final class FieldDevice {
    /** Issue photos and application attachments name blobs, as on the desktop. */
    static final Map<String, String> BLOB_FIELDS = Map.of("issue", "photos", "application", "attachments");
    private static final int MOST_RUNS = 200;

    final String id;
    final InMemoryDeviceStore store = new InMemoryDeviceStore();
    private final HybridLogicalClock clock;
    private final LocalChanges edits;
    private final HttpSyncClient sync;
    private final Supplier<HttpBlobClient> blobClients;
    private final SessionSettings settings;
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    private int failedRuns;

    FieldDevice(String id, int port, String token, ClientSettings client, SessionSettings settings, int chunkBytes,
                long seed) {
        this.id = id;
        this.clock = HybridLogicalClock.systemClock(id);
        this.edits = new LocalChanges(store, clock);
        HttpUrl url = HttpUrl.get("http://127.0.0.1:" + port + "/");
        this.sync = new HttpSyncClient(url, () -> token, client, Sleeper.REAL, new Random(seed));
        Random jitter = new Random(seed + 1);
        this.blobClients = () -> new HttpBlobClient(url, () -> token, client, chunkBytes, Sleeper.REAL, jitter);
        this.settings = settings;
    }

    void set(RecordKey key, Map<String, ?> fields) {
        edits.set(key, fields);
    }

    void delete(RecordKey key) {
        edits.delete(key);
    }

    /** A photo taken on this device. */
    void keep(byte[] photo) {
        blobs.put(sha256(photo), photo);
    }

    /** Sync runs until one completes; a run may only fail because the link failed. */
    void syncUntilDone() {
        for (int run = 1; ; run++) {
            ReferencedBlobUploads uploads = new ReferencedBlobUploads(blobClients.get(),
                    ReferencedBlobUploads.listFields(BLOB_FIELDS), sha -> Optional.ofNullable(blobs.get(sha)));
            SyncOutcome outcome = new SyncSession(store, sync, clock, settings, SyncListener.NONE,
                    () -> java.util.UUID.randomUUID().toString(), uploads).run();
            if (outcome.ending() == SyncOutcome.Ending.COMPLETED) {
                return;
            }
            if (!(outcome.failure() instanceof ServerUnavailableException) || run >= MOST_RUNS) {
                throw new AssertionError(id + ": sync run " + run + " ended " + outcome.ending(), outcome.failure());
            }
            failedRuns++;
        }
    }

    /** Fetches the photos of the issues it holds that it lacks; a broken transfer resumes from the bytes held. */
    void fetchMissingPhotos() {
        for (SyncRecord issue : views("issue")) {
            if (issue.deleted() || !(issue.fields().get("photos") instanceof Collection<?> photos)) {
                continue;
            }
            for (Object name : photos) {
                if (!blobs.containsKey(name)) {
                    fetch((String) name);
                }
            }
        }
    }

    private void fetch(String name) {
        Bytes target = new Bytes();
        HttpBlobClient client = blobClients.get();
        for (int attempt = 1; ; attempt++) {
            try {
                client.download(name, target);
                break;
            } catch (ServerUnavailableException e) {
                if (attempt >= MOST_RUNS) {
                    throw new AssertionError(id + ": photo " + name + " never came down", e);
                }
            }
        }
        byte[] photo = target.bytes.toByteArray();
        if (!sha256(photo).equals(name)) {
            throw new AssertionError(id + ": photo " + name + " came down as " + photo.length + " other bytes");
        }
        blobs.put(name, photo);
    }

    int failedRuns() {
        return failedRuns;
    }

    /** What the worker sees: every record's local view, by key. */
    Map<String, String> views() {
        Map<String, String> views = new TreeMap<>();
        for (SyncRecord record : views(null)) {
            views.put(record.key().toString(), record.rev() + " " + record.deleted() + " "
                    + new TreeMap<>(record.fields()));
        }
        return views;
    }

    /** Records not synced (pending, uploading, rejected, in conflict), with their state. */
    Map<String, SyncState> unsynced() {
        Map<String, SyncState> states = new TreeMap<>();
        for (RecordKey key : store.records()) {
            SyncState state = store.status(key).state();
            if (state != SyncState.SYNCED) {
                states.put(key.toString(), state);
            }
        }
        return states;
    }

    /** The photos it holds, by name, with the hash of each checked. */
    Collection<String> photos() {
        blobs.forEach((name, bytes) -> {
            if (!sha256(bytes).equals(name)) {
                throw new AssertionError(id + " holds a damaged photo " + name);
            }
        });
        return List.copyOf(new TreeMap<>(blobs).keySet());
    }

    private List<SyncRecord> views(String type) {
        return store.records().stream().filter(key -> type == null || key.type().equals(type))
                .map(key -> store.localView(key).or(() -> store.base(key))).flatMap(Optional::stream).toList();
    }

    private static final class Bytes implements DownloadTarget {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public long held() {
            return bytes.size();
        }

        @Override
        public void append(byte[] chunk, int offset, int length) {
            bytes.write(chunk, offset, length);
        }

        @Override
        public void restart() {
            bytes.reset();
        }
    }
}
