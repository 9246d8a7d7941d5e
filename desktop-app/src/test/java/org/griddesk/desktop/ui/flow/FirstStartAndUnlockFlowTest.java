package org.griddesk.desktop.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** First start and a later start, on the real encrypted store in a temporary data folder. */
@ExtendWith(ApplicationExtension.class)
class FirstStartAndUnlockFlowTest {

    private static final String PASSPHRASE = "Village road 12 east";

    @TempDir
    Path dataDir;
    private Stage stage;
    private GridDeskRobot app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeStore() {
        app.close();
    }

    @Test
    void firstStartCreatesTheStoreAndOpensTodayOnAClearDay(FxRobot robot) throws Exception {
        app = new GridDeskRobot(robot);
        app.open(stage, dataDir, Optional.empty());
        app.waitFor("#createButton");
        assertTrue(app.isShown("#passphraseExplanation"));

        app.typeInto("#passphrase", PASSPHRASE);
        assertEquals("强", app.text("#strengthLabel"));
        app.typeInto("#passphraseRepeat", PASSPHRASE);
        robot.clickOn("#createButton");

        app.waitFor("#shell");
        assertTrue(app.isShown("#todayWorkspace"));
        assertEquals("今日", app.text("#nav-today"));
        assertEquals("住户", app.text("#nav-households"));
        app.waitFor("#todayClear"); // a new store has nothing to do yet
        assertTrue(Files.exists(dataDir.resolve("db")));
    }

    @Test
    void mismatchingRepeatIsRefusedOnTheFieldAndCreatesNothing(FxRobot robot) throws Exception {
        app = new GridDeskRobot(robot);
        app.open(stage, dataDir, Optional.empty());
        app.waitFor("#createButton");
        app.typeInto("#passphrase", PASSPHRASE);
        app.typeInto("#passphraseRepeat", PASSPHRASE + "!");
        robot.clickOn("#createButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("两次输入的口令不一致。", app.text("#repeatError"));
        assertFalse(app.isShown("#shell"));
        assertFalse(Files.exists(dataDir.resolve("db")));
    }

    @Test
    void restartWithAWrongPassphraseShowsWhyAndKeepsTheStoreClosed(FxRobot robot) throws Exception {
        app = new GridDeskRobot(robot);
        app.open(stage, dataDir, Optional.empty());
        app.waitFor("#createButton");
        app.typeInto("#passphrase", PASSPHRASE);
        app.typeInto("#passphraseRepeat", PASSPHRASE);
        app.pressEnter();
        app.waitFor("#shell");
        app.close();

        app.open(stage, dataDir, Optional.empty());
        app.waitFor("#unlockButton");
        app.typeInto("#passphrase", "Village road 12 west");
        app.pressEnter();
        app.waitFor("#unlockError");

        assertEquals("口令错误，请重试。", app.text("#unlockError"));
        assertFalse(app.isShown("#shell"));

        app.typeInto("#passphrase", PASSPHRASE);
        app.pressEnter();
        app.waitFor("#shell");
    }
}
