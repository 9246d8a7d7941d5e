package org.griddesk.desktop.ui.applications;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.StoredSettings;
import org.griddesk.desktop.service.applications.ApplicationFixtures;
import org.griddesk.desktop.service.applications.Applications;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "从扫描文件夹取最新" on the 高龄津贴 form's identity card scan, with a real folder and a real encrypted store. */
class ScannerFolderScanTest {

    private static final String ID_SCAN = "/data/idScan";

    @TempDir
    Path dataDir;
    @TempDir
    Path scanner;
    private EncryptedDeviceSession session;
    private ApplicationsViewModel viewModel;
    private FormViewModel form;

    @BeforeEach
    void openTheForm() throws Exception {
        session = RegistryFixtures.newSession(dataDir, "扫描-文件夹-测试-2026");
        String wang = ApplicationFixtures.residents(session);
        ApplicationFixtures.pullTemplate(session.records());
        viewModel = new ApplicationsViewModel(progress -> Applications.open(session), new CurrentThreadTaskExecutor(),
                new RecordingDialogService(), new Localization(Locale.SIMPLIFIED_CHINESE));
        viewModel.startFor(wang);
        viewModel.load();
        viewModel.start(viewModel.choices().get(0));
        form = viewModel.formProperty().get();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void noFolderSetIsSaidAtTheQuestion() {
        form.takeNewestScan(key());
        assertEquals(new Message("applications.form.scan.unset"), form.messages().get(key()));
        assertEquals("", answer());
    }

    @Test
    void aFolderThatIsGoneIsNamed() throws Exception {
        Path gone = scanner.resolve("usb-scanner");
        Files.createDirectory(gone);
        session.settings().setScannerFolder(gone.toString());
        Files.delete(gone);
        form.takeNewestScan(key());
        assertEquals(new Message("applications.form.scan.missing", gone.toString()), form.messages().get(key()));
        assertEquals("", answer());
    }

    @Test
    void aFolderWithoutPicturesIsSaidToBeEmpty() throws Exception {
        Files.writeString(scanner.resolve("readme.txt"), "not a picture");
        Files.write(scanner.resolve(".partial.png"), picture("png")); // a scanner's hidden temporary file
        session.settings().setScannerFolder(scanner.toString());
        form.takeNewestScan(key());
        assertEquals(new Message("applications.form.scan.empty", scanner.toString()), form.messages().get(key()));
        assertEquals("", answer());
    }

    @Test
    void theNewestPictureIsTakenShownAndKeptEncryptedWithTheDraft() throws Exception {
        byte[] older = picture("jpg");
        byte[] newer = picture("png");
        Path first = Files.write(scanner.resolve("scan_0001.jpg"), older);
        Path second = Files.write(scanner.resolve("scan_0002.png"), newer);
        Files.writeString(scanner.resolve("scan_0003.txt"), "newest, but no picture");
        Files.setLastModifiedTime(first, FileTime.from(Instant.parse("2026-12-06T08:00:00Z")));
        Files.setLastModifiedTime(second, FileTime.from(Instant.parse("2026-12-06T09:00:00Z")));
        Files.setLastModifiedTime(scanner.resolve("scan_0003.txt"), FileTime.from(Instant.parse("2026-12-06T10:00:00Z")));
        form.messages().put(key(), new Message("applications.form.imageFailed"));
        session.settings().setScannerFolder(scanner.toString());

        form.takeNewestScan(key());

        assertNull(form.messages().get(key()), "an earlier message goes once a picture is taken");
        String sha256 = answer().replace(".png", "");
        assertEquals(EncryptedBlobStore.sha256(newer), sha256);
        assertArrayEquals(newer, form.pictures().get(key()).bytes(), "shown at the question");
        assertEquals(new Message("applications.form.scanTaken", "scan_0002.png"), form.pictures().get(key()).caption());
        assertArrayEquals(newer, Applications.open(session).applications().blob(sha256), "in the encrypted blob store");
        assertTrue(form.open().draft().attachments().contains(sha256));
        assertTrue(Applications.open(session).applications().drafts().get(0).attachments().contains(sha256),
                "the draft is saved with it");
    }

    @Test
    void aScanStillBeingWrittenIsNotTaken() throws Exception {
        Path done = Files.write(scanner.resolve("scan_0001.png"), picture("png"));
        Files.setLastModifiedTime(done, FileTime.from(Instant.parse("2026-12-06T08:00:00Z")));
        Files.write(scanner.resolve("scan_0002.jpg"), new byte[] {0, 0, 0, 0});
        session.settings().setScannerFolder(scanner.toString());
        form.takeNewestScan(key());
        assertEquals(new Message("applications.form.scan.unreadable", "scan_0002.jpg"), form.messages().get(key()));
        assertEquals("", answer());
    }

    @Test
    void theSettingTakesOnlyAnExistingFolder() {
        StoredSettings settings = session.settings();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> settings.setScannerFolder(scanner.resolve("nowhere").toString()));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> settings.setScannerFolder("relative/scans"));
        assertTrue(settings.scannerFolder().isEmpty(), "nothing stored for a refused folder");
        settings.setScannerFolder(scanner.toString());
        assertEquals(scanner.toString(), settings.scannerFolder().orElseThrow());
        settings.setScannerFolder(" ");
        assertTrue(settings.scannerFolder().isEmpty(), "saved empty, it is forgotten");
    }

    private String key() {
        return form.items().stream().filter(item -> ID_SCAN.equals(item.path())).findFirst().orElseThrow().key();
    }

    private String answer() {
        return form.items().stream().filter(item -> ID_SCAN.equals(item.path())).findFirst().orElseThrow().value();
    }

    private static byte[] picture(String format) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
