package org.griddesk.platform.app;

import static org.griddesk.platform.app.BlobHttp.sha256;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import okhttp3.HttpUrl;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.DownloadTarget;
import org.griddesk.sync.client.HttpBlobClient;
import org.griddesk.sync.client.RetryPolicy;
import org.griddesk.sync.client.ServerUnavailableException;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.BlobUploads;
import org.griddesk.sync.session.ReferencedBlobUploads;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.session.SyncOutcome;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.Change;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device wired as the desktop wires sync-engine (SyncSession, HttpSyncClient, HttpBlobClient) sends issues with
 * photos to the real platform: blobs go before their changes, a missing blob is sent and its change pushed again,
 * a broken upload resumes, and a supervisor downloads the photo resumably.
 */
class BlobSyncEndToEndTest {
    private static final Map<String, String> BLOB_FIELDS = Map.of("issue", "photos", "application", "attachments");
    private static final ClientSettings PATIENT = new ClientSettings(Duration.ofSeconds(10), Duration.ofSeconds(60),
            new RetryPolicy(8, Duration.ZERO, Duration.ZERO));

    @TempDir
    static Path folder;

    private static SyncTestPlatform platform;
    private static String wangToken;
    private static String chenToken;
    private final Map<String, byte[]> onLaptop = new HashMap<>();
    private final UuidV7Generator ids = new UuidV7Generator();
    private final Random random = new Random(7);

    @BeforeAll
    static void start() {
        platform = new SyncTestPlatform(folder);
        platform.addUser("wang", "worker", GRID_A);
        platform.addUser("chen", "supervisor", GRID_A);
        wangToken = platform.login("wang", "wang-laptop");
        chenToken = platform.login("chen", "chen-desk");
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aPhotoReachesThePlatformBeforeItsIssueAndTheSupervisorDownloadsItResumably() {
        TestLaptop laptop = laptop();
        byte[] photo = photo(150_000);
        String issue = ids.nextId();
        laptop.set("issue", issue, Map.of("grid", GRID_A, "title", "路灯不亮", "photos", List.of(sha256(photo))));

        ReferencedBlobUploads uploads = uploads(platform.port());
        SyncOutcome outcome = laptop.sync(uploads);
        assertEquals(SyncOutcome.Ending.COMPLETED, outcome.ending(), String.valueOf(outcome.failure()));
        assertEquals(SyncState.SYNCED, laptop.store.status(new RecordKey("issue", issue)).state());
        assertEquals(photo.length, uploads.bytesSent());

        HttpBlobClient supervisor = client(platform.port(), chenToken);
        Bytes target = new Bytes();
        target.append(photo, 0, 40_000); // a download broken off earlier
        supervisor.download(sha256(photo), target);
        assertArrayEquals(photo, target.bytes.toByteArray(), "resumed from byte 40000, not from the start");
    }

    @Test
    void aChangeAnsweredMissingBlobGoesAgainOnceTheBlobIsSent() {
        TestLaptop laptop = laptop();
        byte[] photo = photo(20_000);
        String issue = ids.nextId();
        laptop.set("issue", issue, Map.of("grid", GRID_A, "title", "垃圾堆放", "photos", List.of(sha256(photo))));
        ReferencedBlobUploads real = uploads(platform.port());
        BlobUploads forgetful = new BlobUploads() { // as a device that lost track of what the platform holds
            @Override
            public void beforePush(List<Change> changes) {
            }

            @Override
            public boolean resend(String sha256) {
                return real.resend(sha256);
            }
        };

        SyncOutcome outcome = laptop.sync(forgetful);
        assertEquals(SyncOutcome.Ending.COMPLETED, outcome.ending(), String.valueOf(outcome.failure()));
        assertEquals(SyncState.SYNCED, laptop.store.status(new RecordKey("issue", issue)).state());
        assertTrue(laptop.store.outbox().isEmpty());
        assertEquals(sha256(photo), onPlatform(issue).path("fields").path("photos").path(0).asText());
        assertTrue(client(platform.port(), wangToken).presence(sha256(photo)).complete());
    }

    @Test
    void aPhotoTheLaptopNoLongerHasHoldsBackOnlyItsOwnIssue() {
        TestLaptop laptop = laptop();
        String lost = "ab".repeat(32);
        String broken = ids.nextId();
        String fine = ids.nextId();
        laptop.set("issue", broken, Map.of("grid", GRID_A, "title", "照片丢失", "photos", List.of(lost)));
        laptop.set("issue", fine, Map.of("grid", GRID_A, "title", "没有照片"));

        SyncOutcome outcome = laptop.sync(uploads(platform.port()));
        assertEquals(SyncOutcome.Ending.COMPLETED, outcome.ending(), String.valueOf(outcome.failure()));
        assertEquals(SyncState.SYNCED, laptop.store.status(new RecordKey("issue", fine)).state());
        assertEquals(SyncState.REJECTED, laptop.store.status(new RecordKey("issue", broken)).state());
        assertTrue(laptop.store.status(new RecordKey("issue", broken)).reason().contains("missing_blob"));
        assertFalse(laptop.store.pending(new RecordKey("issue", broken)).isEmpty(), "the worker's edit is kept");
    }

    @Test
    void editsWithoutPhotosGoFirstSoAPhotoThatCannotGoUpHoldsBackNothingElse() {
        TestLaptop laptop = laptop();
        byte[] photo = photo(30_000);
        String withPhoto = ids.nextId();
        String plain = ids.nextId();
        laptop.set("issue", withPhoto, Map.of("grid", GRID_A, "title", "河道垃圾", "photos", List.of(sha256(photo))));
        laptop.set("issue", plain, Map.of("grid", GRID_A, "title", "路灯不亮"));
        ReferencedBlobUploads real = uploads(platform.port());
        BlobUploads linkDropsOnPhotos = new BlobUploads() {
            @Override
            public Collection<String> references(Change change) {
                return real.references(change);
            }

            @Override
            public void beforePush(List<Change> changes) {
                if (changes.stream().anyMatch(change -> !references(change).isEmpty())) {
                    throw new ServerUnavailableException("the link dropped", null);
                }
            }

            @Override
            public boolean resend(String sha256) {
                return false;
            }
        };

        SyncOutcome broken = laptop.sync(linkDropsOnPhotos);

        assertEquals(SyncOutcome.Ending.FAILED, broken.ending());
        assertEquals(SyncState.SYNCED, laptop.store.status(new RecordKey("issue", plain)).state(),
                "the edit without a photo went first");
        assertEquals("路灯不亮", onPlatform(plain).path("fields").path("title").asText());
        assertFalse(laptop.store.pending(new RecordKey("issue", withPhoto)).isEmpty(), "the photo's issue waits");

        SyncOutcome later = laptop.sync(real);
        assertEquals(SyncOutcome.Ending.COMPLETED, later.ending(), String.valueOf(later.failure()));
        assertEquals(SyncState.SYNCED, laptop.store.status(new RecordKey("issue", withPhoto)).state());
    }

    @Test
    void anUploadBrokenMidChunkResumesFromTheBytesThatArrived() throws Exception {
        byte[] photo = photo(200_000);
        try (CuttingProxy proxy = new CuttingProxy(platform.port(), 30_000, 1)) {
            long sent = client(proxy.port(), wangToken).upload(sha256(photo), photo);
            assertEquals(1, proxy.cutsMade.get(), "the first connection was cut mid-upload");
            assertTrue(sent < photo.length + 30_000, "resumed, not started again: " + sent);
        }
        assertTrue(client(platform.port(), wangToken).presence(sha256(photo)).complete());
    }

    private static JsonNode onPlatform(String id) {
        for (JsonNode record : platform.pullAll(chenToken).path("records")) {
            if (record.path("id").asText().equals(id)) {
                return record;
            }
        }
        throw new AssertionError("the platform has no record " + id);
    }

    private TestLaptop laptop() {
        return new TestLaptop("wang-laptop", platform.port(), wangToken, SessionSettings.standard());
    }

    private ReferencedBlobUploads uploads(int port) {
        return new ReferencedBlobUploads(client(port, wangToken), ReferencedBlobUploads.listFields(BLOB_FIELDS),
                sha -> Optional.ofNullable(onLaptop.get(sha)));
    }

    private static HttpBlobClient client(int port, String token) {
        return new HttpBlobClient(HttpUrl.get("http://127.0.0.1:" + port + "/"), () -> token, PATIENT,
                HttpBlobClient.DEFAULT_CHUNK_BYTES, duration -> { }, new Random(1));
    }

    private byte[] photo(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        onLaptop.put(sha256(bytes), bytes);
        return bytes;
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
