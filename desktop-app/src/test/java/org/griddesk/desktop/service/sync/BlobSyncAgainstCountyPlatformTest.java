package org.griddesk.desktop.service.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.issues.IssuePhotos;
import org.griddesk.desktop.service.issues.MissingPhotos;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.griddesk.desktop.testing.CountyPlatformProcess;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.store.SyncState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo taken on one laptop reaches the real county platform before its issue, small, and another laptop of the
 * grid fetches it when the photo is shown.
 */
class BlobSyncAgainstCountyPlatformTest {

    @TempDir
    static Path platformDir;
    private static CountyPlatformProcess platform;

    @TempDir
    Path devices;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = CountyPlatformProcess.start(platformDir);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theSmallPhotoGoesUpBeforeItsIssueAndComesDownWhereItIsShown() throws Exception {
        RecordKey issue = new RecordKey("issue", new UuidV7Generator().nextId());
        try (EncryptedDeviceSession a = SyncDevices.create(devices.resolve("a"));
             EncryptedDeviceSession b = SyncDevices.create(devices.resolve("b"))) {
            IssuePhotos photosOnA = photos(a);
            Path file = devices.resolve("camera.jpg");
            ImageIO.write(cameraPicture(), "jpg", file.toFile());
            String sent = photosOnA.attach(file);
            String original = photosOnA.originalOf(sent).orElseThrow();
            new LocalChanges(a.records(), a.clock()).set(issue, Map.of("grid", CountyPlatformProcess.GRID,
                    "category", "infrastructure", "title", "路面塌陷", "status", "open", "photos", List.of(sent)));

            SyncReport pushed = signedIn(a).sync(SyncProgress.NONE, () -> false);

            assertTrue(pushed.completed(), String.valueOf(pushed));
            assertEquals(1, pushed.counters().applied(), "the platform held the photo when the issue arrived");
            assertEquals(SyncState.SYNCED, a.records().status(issue).state());

            SyncReport pulled = signedIn(b).sync(SyncProgress.NONE, () -> false);
            assertTrue(pulled.completed(), String.valueOf(pulled));
            assertEquals(List.of(sent), b.records().localView(issue).orElseThrow().field("photos"));
            EncryptedBlobStore blobsOnB = new EncryptedBlobStore(b.dataDir().resolve("blobs"), b.store().settings());
            assertFalse(blobsOnB.contains(sent), "not fetched before it is needed");

            IssuePhotos photosOnB = photos(b);
            assertArrayEquals(photosOnA.read(sent), photosOnB.read(sent), "fetched from the platform when shown");
            assertTrue(blobsOnB.contains(sent), "and kept, encrypted, on the second laptop");
            assertTrue(SyncServices.blobs(b, SyncDevices.QUICK).downloads(new SyncAccountStore(b.store().settings()))
                    .fetch(original).isEmpty(), "the original never left the first laptop");
            assertThrows(IssuePhotos.PhotoNotHereException.class, () -> photosOnB.read(original));
        }
    }

    @Test
    void aPhotoDownloadBrokenOffResumesFromTheBytesKeptOnTheLaptop() throws Exception {
        RecordKey issue = new RecordKey("issue", new UuidV7Generator().nextId());
        try (EncryptedDeviceSession a = SyncDevices.create(devices.resolve("a"));
             EncryptedDeviceSession b = SyncDevices.create(devices.resolve("b"))) {
            Path file = devices.resolve("camera.jpg");
            ImageIO.write(cameraPicture(), "jpg", file.toFile());
            String sent = photos(a).attach(file);
            byte[] small = photos(a).read(sent);
            new LocalChanges(a.records(), a.clock()).set(issue, Map.of("grid", CountyPlatformProcess.GRID,
                    "category", "infrastructure", "title", "井盖缺失", "status", "open", "photos", List.of(sent)));
            assertTrue(signedIn(a).sync(SyncProgress.NONE, () -> false).completed());
            assertTrue(signedIn(b).sync(SyncProgress.NONE, () -> false).completed());
            EncryptedBlobStore blobsOnB = new EncryptedBlobStore(b.dataDir().resolve("blobs"), b.store().settings());
            DeviceBlobs deviceBlobs = SyncServices.blobs(b, SyncDevices.QUICK);
            MissingPhotos fromPlatform = deviceBlobs.downloads(new SyncAccountStore(b.store().settings()));

            byte[] wrongStart = new byte[10_000]; // what a broken earlier download left, here made wrong on purpose
            blobsOnB.partial(sent).append(wrongStart, 0, wrongStart.length);
            assertTrue(fromPlatform.fetch(sent).isEmpty(), "the kept bytes were resumed from, so the whole is wrong");
            assertFalse(blobsOnB.contains(sent), "and nothing wrong is kept");

            blobsOnB.partial(sent).append(small, 0, 10_000); // a real earlier start
            assertArrayEquals(small, fromPlatform.fetch(sent).orElseThrow());
            assertArrayEquals(small, blobsOnB.get(sent));
        }
    }

    private static IssuePhotos photos(EncryptedDeviceSession session) {
        return new IssuePhotos(new EncryptedBlobStore(session.dataDir().resolve("blobs"), session.store().settings()),
                session.store().settings(), SyncServices.blobs(session, SyncDevices.QUICK)
                .downloads(new SyncAccountStore(session.store().settings())));
    }

    private static BufferedImage cameraPicture() {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.DARK_GRAY, 4000, 3000, Color.ORANGE));
        g.fillRect(0, 0, 4000, 3000);
        g.setColor(Color.WHITE);
        g.fillOval(1200, 800, 1500, 1200);
        g.dispose();
        return image;
    }

    private static SyncService signedIn(EncryptedDeviceSession session) throws SignInException {
        SyncService sync = SyncServices.of(session, SyncDevices.QUICK);
        sync.signIn(platform.url(), CountyPlatformProcess.WORKER, platform.workerPassword());
        return sync;
    }
}
