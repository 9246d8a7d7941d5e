package org.griddesk.desktop.ui.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.griddesk.desktop.ui.testing.FxWaits.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.griddesk.desktop.service.update.DesktopUpdates;
import org.griddesk.desktop.testing.CountyPlatformProcess;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.task.FxTaskExecutor;
import org.griddesk.desktop.ui.testing.FxWaits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The update notice of 同步 on screen, against the real platform with a published package: offered in Chinese,
 * downloaded by its button in the background, then the install command to copy, in either language.
 */
@ExtendWith(ApplicationExtension.class)
class UpdateNoticeTest {
    private static final String FILE = "griddesk_0.2.0_amd64.deb";

    @TempDir
    static Path platformDir;
    private static CountyPlatformProcess platform;
    private static final byte[] PACKAGE = new byte[200_000];

    @TempDir
    Path dataDir;
    private Stage stage;
    private final FxTaskExecutor executor = new FxTaskExecutor();

    @BeforeAll
    static void startPlatformWithAPackage() throws Exception {
        platform = CountyPlatformProcess.start(platformDir);
        for (int i = 0; i < PACKAGE.length; i++) {
            PACKAGE[i] = (byte) (i % 251);
        }
        platform.publishRelease(Files.write(platformDir.resolve(FILE), PACKAGE));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void shutDown() {
        executor.shutdown();
    }

    @Test
    void theNoticeOffersTheNewVersionAndAfterTheDownloadShowsTheCommandThatInstallsIt(FxRobot robot) throws Exception {
        Localization localization = new Localization(Localization.CHINESE);
        UpdateViewModel model = new UpdateViewModel(new DesktopUpdates(dataDir.resolve("updates"), Optional.of("0.1.0")),
                () -> Optional.of(platform.url()), executor, javafx.application.Platform::runLater);
        robot.interact(() -> {
            stage.setScene(new Scene(new javafx.scene.layout.VBox(UpdateNotice.build(model, localization)), 900, 400));
            stage.show();
            model.check(true);
        });

        FxWaits.waitUntil(() -> !text(robot, "#syncUpdateNotice").isEmpty(), "the notice");
        assertEquals("平台上有 GridDesk 新版本 0.2.0（0.2 MB）。", text(robot, "#syncUpdateNotice"));
        assertEquals("下载新版本", text(robot, "#syncUpdateDownload"));

        robot.clickOn("#syncUpdateDownload");
        TextField command = robot.lookup("#syncUpdateCommand").queryAs(TextField.class);
        FxWaits.waitUntil(() -> !command.getText().isEmpty(), "the install command");
        WaitForAsyncUtils.waitForFxEvents();

        Path file = dataDir.resolve("updates").resolve(FILE).toAbsolutePath();
        assertEquals("pkexec dpkg -i '" + file + "'", command.getText());
        assertTrue(command.isVisible());
        assertArrayEquals(PACKAGE, Files.readAllBytes(file));
        assertTrue(text(robot, "#syncUpdateStatus").startsWith("已下载并核对校验值（SHA-256）：" + file),
                text(robot, "#syncUpdateStatus"));
        assertTrue(robot.lookup("#syncUpdateDownload").queryButton().isDisabled(), "downloaded once");

        robot.interact(() -> localization.setLocale(Localization.ENGLISH));
        assertEquals("GridDesk 0.2.0 is available from the platform (0.2 MB).", text(robot, "#syncUpdateNotice"));
        assertTrue(text(robot, "#syncUpdateStatus").startsWith("Downloaded and checked (SHA-256)"));
        assertEquals("Copy command", text(robot, "#syncUpdateCopy"));
    }
}
