package org.griddesk.desktop.service.update;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.griddesk.desktop.cli.UpdateCommand;
import org.griddesk.desktop.testing.CountyPlatformProcess;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.sync.UpdateViewModel;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Updates against the real county platform (a child process): the device sees a newer package, downloads it with
 * progress, resumes after a cancel, keeps it only when its SHA-256 matches, and deletes a spoiled one.
 */
class DesktopUpdatesTest {
    private static final String FILE = "griddesk_0.2.0_amd64.deb";

    @TempDir
    static Path shared;

    private static CountyPlatformProcess platform;
    private static byte[] pkg;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startPlatformWithAPackage() throws Exception {
        platform = CountyPlatformProcess.start(shared);
        pkg = new byte[300_000];
        for (int i = 0; i < pkg.length; i++) {
            pkg[i] = (byte) (i * 7 + i / 1000);
        }
        platform.publishRelease(Files.write(shared.resolve(FILE), pkg));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aNewerPackageIsOfferedDownloadedAfterACancelAndKeptOnlyWithItsHash() throws Exception {
        Path updates = dataDir.resolve("updates");
        assertEquals(Optional.empty(), new DesktopUpdates(updates, Optional.of("0.2.0")).check(platform.url()),
                "nothing newer than the same version");
        assertEquals(Optional.empty(), new DesktopUpdates(updates, Optional.empty()).check(platform.url()),
                "a development build has no version to compare");
        DesktopUpdates updater = new DesktopUpdates(updates, Optional.of("0.1.0"));
        AvailableUpdate update = updater.check(platform.url()).orElseThrow();
        assertEquals("0.2.0", update.version());
        assertEquals(pkg.length, update.size());
        assertEquals(FILE, update.file());

        assertThrows(CancellationException.class, () -> updater.download(update, (done, total) -> { }, () -> true));
        assertFalse(Files.exists(updates.resolve(FILE)), "nothing offered before the hash is checked");
        long kept = Files.size(updates.resolve(FILE + ".part"));
        assertTrue(kept > 0 && kept < pkg.length, "what arrived before the cancel is kept: " + kept);

        List<long[]> progress = new ArrayList<>();
        Path file = updater.download(update, (done, total) -> progress.add(new long[] {done, total}), () -> false);

        assertArrayEquals(pkg, Files.readAllBytes(file));
        assertEquals(kept, progress.get(0)[0], "resumed where the cancel left it");
        assertEquals(pkg.length, progress.get(progress.size() - 1)[0]);
        assertFalse(Files.exists(updates.resolve(FILE + ".part")));
        assertEquals(Optional.of("pkexec dpkg -i '" + file.toAbsolutePath() + "'"), DesktopUpdates.installCommand(file));
    }

    @Test
    void aPackageWhoseBytesAreNotThePublishedOnesIsDeletedAndRefused() throws Exception {
        Path updates = dataDir.resolve("updates");
        DesktopUpdates updater = new DesktopUpdates(updates, Optional.of("0.1.0"));
        AvailableUpdate update = updater.check(platform.url()).orElseThrow();
        byte[] spoiled = pkg.clone();
        spoiled[123_456] ^= 1;
        Path onPlatform = platform.releaseFile(FILE);
        Files.write(onPlatform, spoiled);
        try {
            UpdateException refused = assertThrows(UpdateException.class,
                    () -> updater.download(update, (done, total) -> { }, () -> false));

            assertEquals(UpdateException.Reason.HASH_MISMATCH, refused.reason());
            assertTrue(refused.getMessage().contains("does not have the SHA-256"), refused.getMessage());
            assertFalse(Files.exists(updates.resolve(FILE)));
            assertFalse(Files.exists(updates.resolve(FILE + ".part")), "the spoiled bytes are deleted");
        } finally {
            Files.write(onPlatform, pkg);
        }
    }

    /** What 同步 shows: the platform refused this version, the notice offers the package, then how to install it. */
    @Test
    void theSyncNoticeOffersThePackageAfterSchemaTooOldAndShowsTheInstallCommandOnceChecked() throws Exception {
        UpdateViewModel model = new UpdateViewModel(new DesktopUpdates(dataDir.resolve("updates"), Optional.of("0.1.0")),
                () -> Optional.of(platform.url()), new CurrentThreadTaskExecutor(), Runnable::run);

        model.check(true);
        assertEquals(new Message("sync.update.available", "0.2.0", "0.3"), model.noticeProperty().get());
        model.download();

        Path file = dataDir.resolve("updates").resolve(FILE);
        assertEquals(new Message("sync.update.ready", file.toAbsolutePath().toString()), model.statusProperty().get());
        assertEquals("pkexec dpkg -i '" + file.toAbsolutePath() + "'", model.installCommandProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertFalse(model.downloadingProperty().get());

        UpdateViewModel upToDate = new UpdateViewModel(new DesktopUpdates(dataDir.resolve("other"),
                Optional.of("0.2.0")), () -> Optional.of(platform.url()), new CurrentThreadTaskExecutor(), Runnable::run);
        upToDate.check(true);
        assertEquals(null, upToDate.noticeProperty().get());
        assertEquals(new Message("sync.update.none"), upToDate.statusProperty().get(), "told to ask the administrator");
    }

    @Test
    void theSyncNoticeSaysWhyASpoiledDownloadWasRefused() throws Exception {
        UpdateViewModel model = new UpdateViewModel(new DesktopUpdates(dataDir.resolve("updates"), Optional.of("0.1.0")),
                () -> Optional.of(platform.url()), new CurrentThreadTaskExecutor(), Runnable::run);
        model.check(false);
        byte[] spoiled = pkg.clone();
        spoiled[0] ^= 1;
        Files.write(platform.releaseFile(FILE), spoiled);
        try {
            model.download();
        } finally {
            Files.write(platform.releaseFile(FILE), pkg);
        }
        assertEquals(new Message("sync.update.error.hash_mismatch"), model.statusProperty().get());
        assertEquals("", model.installCommandProperty().get());
        assertFalse(Files.exists(dataDir.resolve("updates").resolve(FILE + ".part")));
    }

    /** {@code griddesk update} for an administrator's script: the same check and download, the command printed. */
    @Test
    void theUpdateCommandDownloadsChecksAndPrintsTheInstallCommand() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = new UpdateCommand(Optional.of("0.1.0")).run(dataDir, Optional.of(platform.url()),
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));

        assertEquals(0, code, err.toString());
        Path file = dataDir.resolve("updates").resolve(FILE).toAbsolutePath();
        assertArrayEquals(pkg, Files.readAllBytes(file));
        assertTrue(out.toString().contains("GridDesk 0.2.0 is available: " + FILE), out.toString());
        assertTrue(out.toString().contains("install with: pkexec dpkg -i '" + file + "'"), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, new UpdateCommand(Optional.of("0.2.0")).run(dataDir, Optional.of(platform.url()),
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true)));
        assertEquals("GridDesk 0.2.0 is up to date", out.toString().strip());
        assertEquals(2, new UpdateCommand(Optional.of("0.1.0")).run(dataDir, Optional.empty(),
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true)));
    }
}
