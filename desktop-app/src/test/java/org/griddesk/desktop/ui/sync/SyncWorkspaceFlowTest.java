package org.griddesk.desktop.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.griddesk.desktop.ui.testing.FxWaits.text;
import static org.griddesk.desktop.ui.testing.FxWaits.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.griddesk.desktop.app.DeviceWiring;
import org.griddesk.desktop.ui.testing.FxWaits;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.PassphrasePolicy;
import org.griddesk.desktop.service.sync.SyncDevices;
import org.griddesk.desktop.service.sync.SyncProgress;
import org.griddesk.desktop.service.sync.SyncReport;
import org.griddesk.desktop.service.sync.SyncService;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.desktop.ui.MainWindow;
import org.griddesk.desktop.ui.UiStartup;
import org.griddesk.desktop.ui.task.FxTaskExecutor;
import org.griddesk.desktop.ui.testing.InMemoryLanguageStore;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.desktop.testing.CountyPlatformProcess;
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
 * End to end: device A edits a record offline, signs in and syncs through the 同步 workspace of the real window;
 * device B, a second real store, syncs with the real county platform and sees the change.
 */
@ExtendWith(ApplicationExtension.class)
class SyncWorkspaceFlowTest {

    @TempDir
    static Path platformDir;
    private static CountyPlatformProcess platform;

    @TempDir
    Path devices;
    private Stage stage;
    private MainWindow window;

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

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        if (window != null) {
            robot.interact(window::shutdown);
        }
    }

    @Test
    void anOfflineEditSyncedInTheWorkspaceReachesASecondDevice(FxRobot robot) throws Exception {
        Path deviceA = devices.resolve("a");
        RecordKey issue = new RecordKey("issue", new UuidV7Generator().nextId());
        try (EncryptedDeviceSession a = SyncDevices.create(deviceA)) {
            new LocalChanges(a.records(), a.clock()).set(issue, Map.of("grid", CountyPlatformProcess.GRID,
                    "category", "infrastructure", "title", "村口路灯不亮", "status", "open"));
        }

        openWindow(robot, deviceA);
        robot.clickOn("#passphrase").write(new String(SyncDevices.PASSPHRASE));
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#shell");
        robot.clickOn("#nav-sync");
        waitFor(robot, "#syncSignInForm");
        robot.clickOn("#syncPlatformUrl").write(platform.url());
        robot.clickOn("#syncUsername").write(CountyPlatformProcess.WORKER);
        robot.clickOn("#syncPassword").write(new String(platform.workerPassword()));
        robot.clickOn("#syncSignIn");
        waitFor(robot, "#syncPanel");
        assertTrue(text(robot, "#syncAccount").contains(CountyPlatformProcess.WORKER), text(robot, "#syncAccount"));
        assertTrue(text(robot, "#syncAccount").contains("网格员"), text(robot, "#syncAccount"));
        assertEquals(List.of("测试网格（" + CountyPlatformProcess.GRID + "）"), robot.lookup("#syncGrids .grid-chip")
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).toList(),
                "the name the platform stores, then the code");

        robot.clickOn("#syncNow");
        FxWaits.waitUntil(() -> "同步完成。".equals(robot.lookup("#syncOutcome").queryAs(Labeled.class).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#syncCounters").startsWith("上传 1 · 已应用 1"), text(robot, "#syncCounters"));
        assertEquals(1, robot.lookup("#syncRuns").queryListView().getItems().size());

        robot.clickOn("#syncAuto");
        FxWaits.waitUntil(() -> robot.lookup("#syncAuto").queryAs(CheckBox.class).isSelected());
        robot.interact(window::shutdown);
        window = null;
        try (EncryptedDeviceSession reopened = SyncDevices.vault(deviceA).unlock(SyncDevices.PASSPHRASE.clone())) {
            assertTrue(SyncServices.of(reopened, SyncDevices.QUICK).autoSync(), "the click on 自动同步 was not stored");
        }

        try (EncryptedDeviceSession b = SyncDevices.create(devices.resolve("b"))) {
            SyncService syncB = SyncServices.of(b, SyncDevices.QUICK);
            syncB.signIn(platform.url(), CountyPlatformProcess.WORKER, platform.workerPassword());
            SyncReport report = syncB.sync(SyncProgress.NONE, () -> false);
            assertTrue(report.completed(), String.valueOf(report));
            assertEquals("村口路灯不亮", b.records().localView(issue).orElseThrow().field("title"));
        }
    }

    @Test
    void aSupervisorWhoSignsInWhileTheStoreIsOpenGetsTheReviewQueueWithoutUnlockingAgain(FxRobot robot)
            throws Exception {
        platform.addUser("wang.supervisor", "supervisor", "supervisor-password-2026");
        Path device = devices.resolve("supervisor");
        SyncDevices.create(device).close();

        openWindow(robot, device);
        robot.clickOn("#passphrase").write(new String(SyncDevices.PASSPHRASE));
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#shell");
        assertFalse(shown(robot, "#nav-review"), "nobody is signed in yet");
        robot.clickOn("#nav-sync");
        waitFor(robot, "#syncSignInForm");
        robot.clickOn("#syncPlatformUrl").write(platform.url());
        robot.clickOn("#syncUsername").write("wang.supervisor");
        robot.clickOn("#syncPassword").write("supervisor-password-2026");
        robot.clickOn("#syncSignIn");
        waitFor(robot, "#syncPanel");
        FxWaits.waitUntil(() -> shown(robot, "#nav-review"));

        robot.clickOn("#nav-review");
        waitFor(robot, "#reviewQueue");

        robot.clickOn("#nav-sync");
        waitFor(robot, "#syncSignOut");
        robot.clickOn("#syncSignOut");
        FxWaits.waitUntil(() -> !shown(robot, "#nav-review"));
        waitFor(robot, "#syncSignInForm");
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(node -> node.isVisible() && node.isManaged()).isPresent();
    }

    private void openWindow(FxRobot robot, Path dataDir) throws Exception {
        UiStartup startup = new UiStartup(SyncDevices.vault(dataDir), PassphrasePolicy::assess,
                new InMemoryLanguageStore(), Optional.empty()).withWiring(new DeviceWiring());
        robot.interact(() -> {
            window = new MainWindow(startup, new FxTaskExecutor(), Clock.systemUTC());
            stage.setScene(window.scene());
            stage.show();
            window.showEntry();
        });
        waitFor(robot, "#unlockButton");
    }
}
