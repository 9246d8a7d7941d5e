package org.griddesk.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

import javax.imageio.ImageIO;

import okhttp3.HttpUrl;

import org.griddesk.desktop.service.issues.PhotoDownscale;
import org.griddesk.desktop.service.sync.DeviceBlobs;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.HttpBlobClient;
import org.griddesk.sync.client.HttpSyncClient;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.session.ReferencedBlobUploads;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.session.SyncListener;
import org.griddesk.sync.session.SyncOutcome;
import org.griddesk.sync.session.SyncSession;
import org.griddesk.sync.store.InMemoryDeviceStore;
import org.griddesk.sync.wire.Change;

/**
 * A grid worker's typical day over a village 2G link (100 kbit/s each way, 500 ms round trip, shaped on 127.0.0.1):
 * 40 edited residents and 10 new issues with one camera photo each (4000x3000, made small by the desktop's
 * {@link PhotoDownscale} as before sending) are synced in one run: blobs first (HEAD, PUT chunks), then the changes,
 * then the pull. The figure is the time of the run; bytes both ways and HTTP round trips are printed beside it.
 */
final class TypicalDayAt2gScenario implements Scenario {

    static final long BITS_PER_SECOND = 100_000;
    static final long ROUND_TRIP_MILLIS = 500;
    private static final int RESIDENT_EDITS = 40;
    private static final int PHOTOS = 10;

    private final UuidV7Generator ids = new UuidV7Generator();
    private InProcessPlatform platform;
    private ShapedLink link;
    private InMemoryDeviceStore device;
    private HybridLogicalClock clock;
    private String token;
    private Map<String, byte[]> photos;
    private long photoBytes;

    @Override
    public String name() {
        return "typical day (50 edits, 10 photos) at 100 kbit/s, 500 ms RTT";
    }

    @Override
    public String unit() {
        return "s";
    }

    @Override
    public int runs() {
        return 1; // minutes of shaped link per run; the figure is dominated by the bytes, which do not vary
    }

    @Override
    public void prepare() throws Exception {
        platform = InProcessPlatform.start();
        link = ShapedLink.inFrontOf(platform.url(), BITS_PER_SECOND, ROUND_TRIP_MILLIS);
        String deviceId = ids.nextId();
        token = platform.token(deviceId);
        clock = HybridLogicalClock.systemClock(deviceId);
        device = new InMemoryDeviceStore();
        LocalChanges edits = new LocalChanges(device, clock);
        List<SyntheticResidents.Person> people = SyntheticResidents.generate(RESIDENT_EDITS, 5);
        for (SyntheticResidents.Person person : people) { // yesterday's registry, already on the laptop
            edits.set(new RecordKey("resident", ids.nextId()), resident(person));
        }
        sync(new HttpSyncClient(platform.url(), () -> token, ClientSettings.standard()),
                ReferencedBlobUploads.listFields(DeviceBlobs.BLOB_FIELDS), platform.url());
        for (RecordKey resident : device.records()) { // today: one field of each visited resident
            edits.set(resident, Map.of("phone", "139" + String.format("%08d", Math.abs(resident.id().hashCode()) % 100_000_000)));
        }
        photos = new HashMap<>();
        photoBytes = 0;
        Random random = new Random(9);
        for (int i = 0; i < PHOTOS; i++) {
            byte[] small = PhotoDownscale.forSending(cameraPhoto(random));
            String sha256 = EncryptedBlobStore.sha256(small);
            photos.put(sha256, small);
            photoBytes += small.length;
            edits.set(new RecordKey("issue", ids.nextId()), Map.of("grid", InProcessPlatform.GRID, "title",
                    "路灯不亮 " + i, "description", "3号路边的路灯不亮", "photos", List.of(sha256)));
        }
    }

    @Override
    public double measure() throws Exception {
        long before = link.bytes();
        long requestsBefore = link.requests();
        long start = System.nanoTime();
        sync(new HttpSyncClient(link.url(), () -> token, ClientSettings.standard()),
                ReferencedBlobUploads.listFields(DeviceBlobs.BLOB_FIELDS), link.url());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("  %d bytes on the link (sent %d, received %d; photos %d bytes), %d HTTP round trips%n",
                link.bytes() - before, link.sent(), link.received(), photoBytes, link.requests() - requestsBefore);
        if (!device.outbox().isEmpty()) {
            throw new IllegalStateException("the day's edits did not all reach the platform");
        }
        return seconds;
    }

    private Map<String, Object> resident(SyntheticResidents.Person person) {
        Map<String, Object> fields = person.residentFields(ids.nextId());
        fields.put("status", "active");
        return fields;
    }

    private void sync(HttpSyncClient client, Function<Change, Collection<String>> references, HttpUrl url) {
        ReferencedBlobUploads uploads = new ReferencedBlobUploads(new HttpBlobClient(url, () -> token,
                ClientSettings.standard()), references, sha256 -> Optional.ofNullable(photos == null ? null
                : photos.get(sha256)));
        SyncOutcome outcome = new SyncSession(device, client, clock, SessionSettings.standard(), SyncListener.NONE,
                () -> ids.nextId(), uploads).run();
        if (outcome.ending() != SyncOutcome.Ending.COMPLETED) {
            throw new IllegalStateException("sync " + outcome.ending() + ": " + outcome.failure());
        }
    }

    /** A 4000x3000 JPEG with the fine detail of a street scene, so it compresses like a camera photo. */
    private static byte[] cameraPhoto(Random random) throws Exception {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        int base = random.nextInt(0xFFFFFF);
        for (int y = 0; y < 3000; y++) {
            for (int x = 0; x < 4000; x++) {
                int shade = ((x / 7 + y / 5) % 64) + random.nextInt(48);
                int r = ((base >> 16) & 0xFF) / 2 + shade;
                int g = ((base >> 8) & 0xFF) / 2 + (y * 60 / 3000) + random.nextInt(16);
                int b = (base & 0xFF) / 2 + (x * 60 / 4000);
                image.setRGB(x, y, (Math.min(r, 255) << 16) | (Math.min(g, 255) << 8) | Math.min(b, 255));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Override
    public void cleanUp() throws Exception {
        if (link != null) {
            link.close();
        }
        if (platform != null) {
            platform.close();
        }
    }
}
