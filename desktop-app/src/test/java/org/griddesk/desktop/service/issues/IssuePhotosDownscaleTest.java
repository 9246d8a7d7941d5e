package org.griddesk.desktop.service.issues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import javax.imageio.ImageIO;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos are made small before they leave the laptop; the original stays in the encrypted store. */
class IssuePhotosDownscaleTest {

    @TempDir
    Path dataDir;
    private EncryptedDeviceSession session;
    private EncryptedBlobStore blobs;
    private IssuePhotos photos;

    @BeforeEach
    void openStore() throws Exception {
        session = new EncryptedVault(dataDir.resolve("store"), StoreOptions.defaults().withIterations(1_000),
                Duration.ofHours(1)).create("照片-passphrase-42".toCharArray());
        blobs = new EncryptedBlobStore(dataDir.resolve("store").resolve("blobs"), session.store().settings());
        photos = new IssuePhotos(blobs, session.store().settings(), MissingPhotos.NONE);
    }

    @AfterEach
    void closeStore() {
        session.close();
    }

    @Test
    void aCameraPhotoIsSentAsAJpegWithALongSideOf1600AndTheOriginalIsKept() throws IOException {
        Path file = picture(4000, 3000, "jpg");
        byte[] original = Files.readAllBytes(file);

        String sent = photos.attach(file);

        byte[] small = photos.read(sent);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(small));
        assertEquals(1600, decoded.getWidth());
        assertEquals(1200, decoded.getHeight());
        assertEquals((byte) 0xFF, small[0]);
        assertEquals((byte) 0xD8, small[1], "a JPEG");
        assertTrue(small.length < 500 * 1024, "a few hundred KB at most: " + small.length);
        String kept = photos.originalOf(sent).orElseThrow();
        assertNotEquals(sent, kept);
        assertArrayEquals(original, blobs.get(kept), "the original stays on the laptop, unchanged");
    }

    @Test
    void aPortraitPngBecomesAJpegWhoseLongSideIsTheHeight() throws IOException {
        String sent = photos.attach(picture(1200, 3600, "png"));

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photos.read(sent)));
        assertEquals(1600, decoded.getHeight());
        assertEquals(533, decoded.getWidth());
    }

    @Test
    void theWorkerMayAskToSendTheOriginal() throws IOException {
        Path file = picture(4000, 3000, "jpg");

        String sent = photos.attach(file, true);

        assertEquals(EncryptedBlobStore.sha256(Files.readAllBytes(file)), sent);
        assertEquals(4000, ImageIO.read(new ByteArrayInputStream(photos.read(sent))).getWidth());
    }

    @Test
    void aSmallJpegIsSentAsItIs() throws IOException {
        Path file = picture(800, 600, "jpg");

        String sent = photos.attach(file);

        assertEquals(EncryptedBlobStore.sha256(Files.readAllBytes(file)), sent, "not re-encoded");
        assertEquals(sent, photos.originalOf(sent).orElseThrow());
    }

    /** A picture with gradients, shapes and some noise, as a camera photo compresses. */
    private Path picture(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 110, 180), width, height, new Color(230, 200, 120)));
        g.fillRect(0, 0, width, height);
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            g.fillOval(random.nextInt(width), random.nextInt(height), 20 + random.nextInt(width / 8),
                    20 + random.nextInt(height / 8));
        }
        g.dispose();
        Path file = dataDir.resolve("photo-" + width + "x" + height + "." + format);
        assertTrue(ImageIO.write(image, format, file.toFile()));
        return file;
    }
}
