package org.griddesk.desktop.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import javafx.stage.Stage;

import org.griddesk.desktop.app.DeviceWiring;
import org.griddesk.desktop.ui.testing.FxWaits;
import org.griddesk.desktop.PracticeLauncher;
import org.griddesk.desktop.app.demo.DemoAccounts;
import org.griddesk.desktop.app.demo.DemoPlatform;
import org.griddesk.desktop.app.demo.PlatformJarLocator;
import org.griddesk.desktop.app.demo.PracticeMode;
import org.griddesk.desktop.service.VaultFactory;
import org.griddesk.desktop.testing.FolderFingerprint;
import org.griddesk.desktop.ui.UiStartup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 练习模式 in the real window: entered from the unlock screen and from 设置, the banner on the practice shell with the
 * tour beside it, and 退出练习 back to the unlock screen of the real store, whose files practice never touched. The
 * practice platform cannot start here (no jar), so practice runs offline and the banner says so.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeFlowTest {

    private static final String REAL_PASSPHRASE = "真实口令-worker-2026!";

    @TempDir
    Path dataDir;

    @TempDir
    Path elsewhere;

    private Stage stage;
    private GridDeskRobot app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private UiStartup startup() {
        PracticeMode mode = new PracticeMode(VaultFactory::open, platformDir -> new DemoPlatform(platformDir,
                DemoAccounts.standard(), new PlatformJarLocator(Optional.of(elsewhere.resolve("missing.jar").toString()),
                elsewhere, Optional.empty()), DemoPlatform.currentJava(), Duration.ofSeconds(30)));
        return UiStartup.forDataDir(dataDir, Optional.empty()).withWiring(new DeviceWiring()).withPractice(new PracticeLauncher(mode, dataDir));
    }

    @Test
    void practiceFromTheUnlockScreenShowsTheBannerAndLeavesToTheRealUnlockScreen(FxRobot robot) throws Exception {
        VaultFactory.open(dataDir).create(REAL_PASSPHRASE.toCharArray()).close();
        Map<String, String> realBefore = FolderFingerprint.of(dataDir, PracticeMode.FOLDER);
        app = new GridDeskRobot(robot);
        app.open(stage, startup());
        app.waitFor("#unlockButton");

        robot.clickOn("#enterPracticeButton");
        app.waitFor("#practiceBanner");
        app.waitFor("#shell");
        assertEquals("练习模式", app.text("#practiceBannerWord"));
        assertEquals("这里的操作不会上传到县平台", app.text("#practiceBannerText"));
        FxWaits.waitUntil(() -> app.text("#practicePlatform").equals("练习平台未能启动，可离线练习（无法同步）"));
        assertTrue(Files.isDirectory(PracticeMode.folder(dataDir).resolve("db")));

        // the tour: five steps, none done yet; 去这里 opens the step's workspace; hidden and shown again
        assertTrue(app.isShown("#practiceTour"));
        for (String step : new String[] {"findResident", "addVisit", "logIssue", "fillApplication", "sync"}) {
            assertEquals("未完成", app.text("#practiceStepState-" + step));
        }
        // finding a resident in 住户 ticks the first step: 王五 of the demo village, found by his initials
        robot.clickOn("#practiceGo-findResident");
        robot.clickOn("#householdSearch").write("ww");
        FxWaits.waitUntil(() -> !robot.lookup("#searchResults").queryListView().getItems().isEmpty());
        robot.interact(() -> robot.lookup("#searchResults").queryListView().getSelectionModel().select(0));
        app.waitFor("#householdDetail");
        FxWaits.waitUntil(() -> app.text("#practiceStepState-findResident").equals("已完成"));
        assertEquals("未完成", app.text("#practiceStepState-addVisit"));

        robot.clickOn("#practiceGo-sync");
        app.waitFor("#syncWorkspace");
        robot.clickOn("#hidePracticeTour");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.isShown("#practiceTour"));
        robot.clickOn("#practiceStepsButton");
        app.waitFor("#practiceTour");

        robot.clickOn("#leavePracticeButton");
        app.waitFor("#unlockButton");
        assertFalse(app.isShown("#practiceBanner"));
        assertTrue(app.isShown("#enterPracticeButton"));
        assertEquals(realBefore, FolderFingerprint.of(dataDir, PracticeMode.FOLDER));

        // the real store opens as ever, without a banner
        app.typeInto("#passphrase", REAL_PASSPHRASE);
        app.pressEnter();
        app.waitFor("#shell");
        assertFalse(app.isShown("#practiceBanner"));
    }

    @Test
    void aWorkerWithoutAStoreYetCanPractiseFromFirstStartAndComesBackToIt(FxRobot robot) throws Exception {
        app = new GridDeskRobot(robot);
        app.open(stage, startup());
        app.waitFor("#createButton");

        robot.clickOn("#enterPracticeButton");
        app.waitFor("#practiceBanner");
        robot.clickOn("#leavePracticeButton");
        app.waitFor("#createButton");
        assertFalse(VaultFactory.open(dataDir).isInitialised(), "practice made no real store");
    }

    @Test
    void practiceFromSettingsLocksTheRealSessionFirstAndLeavesToTheUnlockScreen(FxRobot robot) throws Exception {
        VaultFactory.open(dataDir).create(REAL_PASSPHRASE.toCharArray()).close();
        app = new GridDeskRobot(robot);
        app.open(stage, startup());
        app.typeInto("#passphrase", REAL_PASSPHRASE);
        app.pressEnter();
        app.waitFor("#shell");
        robot.clickOn("#nav-settings");
        app.waitFor("#enterPracticeFromSettings");

        robot.clickOn("#enterPracticeFromSettings");
        app.waitFor("#practiceBanner");
        app.waitFor("#shell");
        // the real session was closed on the way in: the real store is free to be opened (and closed) again
        VaultFactory.open(dataDir).unlock(REAL_PASSPHRASE.toCharArray()).close();
        // in practice, 设置 does not offer practice again
        robot.clickOn("#nav-settings");
        app.waitFor("#settingsWorkspace");
        assertFalse(app.isShown("#enterPracticeFromSettings"));

        robot.clickOn("#leavePracticeButton");
        app.waitFor("#unlockButton");
        assertFalse(app.isShown("#practiceBanner"));
    }
}
