package org.griddesk.desktop.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import javafx.stage.Stage;

import org.griddesk.desktop.ui.testing.FxWaits;
import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.LanguagePreference;
import org.griddesk.desktop.service.VaultFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Unlock an existing real store, open 设置 and switch the language back and forth. */
@ExtendWith(ApplicationExtension.class)
class SettingsLanguageFlowTest {

    private static final String PASSPHRASE = "Harvest moon 2026 north";

    @TempDir
    Path dataDir;
    private Stage stage;
    private GridDeskRobot app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void existingStore() throws Exception {
        VaultFactory.open(dataDir).create(PASSPHRASE.toCharArray()).close();
    }

    @AfterEach
    void closeStore() {
        app.close();
    }

    @Test
    void switchingToEnglishRelabelsTheShellAtOnceAndIsRemembered(FxRobot robot) throws Exception {
        app = new GridDeskRobot(robot);
        app.open(stage, dataDir, Optional.empty());
        app.waitFor("#unlockButton");
        app.typeInto("#passphrase", PASSPHRASE);
        app.pressEnter();
        app.waitFor("#shell");
        assertEquals("住户", app.text("#nav-households"));
        assertFalse(app.isShown("#nav-review"), "a worker does not see the review workspace");

        robot.clickOn("#nav-settings");
        app.waitFor("#settingsWorkspace");
        robot.clickOn("#languageEnglish");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Households", app.text("#nav-households"));
        assertEquals("Settings", app.text("#nav-settings"));
        assertEquals("English", app.text("#languageEnglish"));
        FxWaits.waitUntil(() -> new LanguagePreference(dataDir).read().getLanguage().equals("en"));

        robot.clickOn("#languageChinese");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("住户", app.text("#nav-households"));
        assertEquals("设置", app.text("#nav-settings"));
        FxWaits.waitUntil(() -> new LanguagePreference(dataDir).read().equals(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void englishChosenBeforeUnlockingCarriesIntoTheShellAndTheStore(FxRobot robot) throws Exception {
        app = new GridDeskRobot(robot);
        app.open(stage, dataDir, Optional.empty());
        app.waitFor("#unlockButton");
        assertEquals("English", app.text("#entryLanguage"));
        robot.clickOn("#entryLanguage");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Unlock", app.text("#unlockButton"));
        assertEquals("中文", app.text("#entryLanguage"));

        app.typeInto("#passphrase", PASSPHRASE);
        app.pressEnter();
        app.waitFor("#shell");
        assertEquals("Households", app.text("#nav-households"));
        FxWaits.waitUntil(() -> new LanguagePreference(dataDir).read().getLanguage().equals("en"));
        app.close();

        try (DeviceSession session = VaultFactory.open(dataDir).unlock(PASSPHRASE.toCharArray())) {
            assertEquals("en", session.settings().language().getLanguage());
        }
    }

    @Test
    void idleLockOutOfRangeIsRefusedOnTheField(FxRobot robot) throws Exception {
        app = new GridDeskRobot(robot);
        app.open(stage, dataDir, Optional.empty());
        app.waitFor("#unlockButton");
        app.typeInto("#passphrase", PASSPHRASE);
        app.pressEnter();
        app.waitFor("#shell");
        robot.clickOn("#nav-settings");
        app.waitFor("#idleLockMinutes");

        robot.doubleClickOn("#idleLockMinutes").eraseText(3).write("300");
        robot.clickOn("#saveIdleLock");
        app.waitFor("#idleLockError");
        assertEquals("请输入 1 到 240 之间的整数分钟数。", app.text("#idleLockError"));
    }

    @Test
    void lockingDropsTheShellAndClosesTheStore(FxRobot robot) throws Exception {
        app = new GridDeskRobot(robot);
        app.open(stage, dataDir, Optional.empty());
        app.waitFor("#unlockButton");
        app.typeInto("#passphrase", PASSPHRASE);
        app.pressEnter();
        app.waitFor("#shell");

        robot.interact(() -> app.window().lock());
        app.waitFor("#unlockButton");
        assertFalse(app.isShown("#shell"));
        // The store is really closed: a second, independent vault on the same folder can open it.
        VaultFactory.open(dataDir).unlock(PASSPHRASE.toCharArray()).close();
        assertTrue(app.isShown("#unlockButton"));
    }
}
