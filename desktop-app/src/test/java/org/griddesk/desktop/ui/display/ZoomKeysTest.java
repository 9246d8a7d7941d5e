package org.griddesk.desktop.ui.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.griddesk.desktop.service.DisplayPreference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+plus (and Ctrl+=, the keypad's +) enlarges the text of the whole window in 10 % steps up to 200 %, Ctrl+minus
 * shrinks it, Ctrl+0 resets it; the zoom survives locking and a restart, and at 200 % on a 1366 x 768 screen
 * nothing is cut off.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomKeysTest {

    private static final double EPSILON = 0.01;

    @TempDir
    Path dataDir;
    private Stage stage;
    private DisplayWindow app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void store(FxRobot robot) throws Exception {
        DisplayWindow.fixture(dataDir);
        app = new DisplayWindow(robot);
    }

    @AfterEach
    void closeStore() {
        app.close();
    }

    @Test
    void theZoomKeysGrowTheTextUpTo200PercentAndTheZoomIsRemembered(FxRobot robot) throws Exception {
        app.open(stage, dataDir);
        app.waitFor("#unlockButton");
        assertEquals(14, passphraseFont(robot), EPSILON);

        ctrl(robot, KeyCode.EQUALS);
        assertEquals(15.4, passphraseFont(robot), EPSILON);
        ctrl(robot, KeyCode.ADD);
        assertEquals(16.8, passphraseFont(robot), EPSILON);
        ctrl(robot, KeyCode.MINUS);
        assertEquals(15.4, passphraseFont(robot), EPSILON);
        ctrl(robot, KeyCode.DIGIT0);
        assertEquals(14, passphraseFont(robot), EPSILON);
        assertEquals("", robot.lookup("#passphrase").queryAs(TextField.class).getText(), "the keys typed nothing");
        for (int press = 0; press < 12; press++) {
            ctrl(robot, KeyCode.PLUS);
        }
        assertEquals(28, passphraseFont(robot), EPSILON, "bounded at 200 %");
        assertEquals(List.of(), ScreenAudit.cutOff(app.window().scene()), "the unlock card at 200 %");
        app.waitUntil("200 % saved", () -> new DisplayPreference(dataDir).read().zoomPercent() == 200);

        app.unlock();
        assertEquals(28, font(robot, "#nav-households"), EPSILON, "the shell opens at the zoom chosen before");
        assertEquals(28 * 22 / 14.0, font(robot, ".workspace-title"), 0.1, "titles grow in proportion");
        List<String> cut = new ArrayList<>();
        app.visitWorkspaces(() -> {
            cut.addAll(ScreenAudit.cutOff(app.window().scene()));
            cut.addAll(ScreenAudit.listsShorterThan(app.root(), 60));
        });
        assertEquals(List.of(), cut, "at 200 % on 1366 x 768 nothing is cut off");
        assertEquals("缩放 200%", robot.lookup("#zoomPercent").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#zoomPercent").queryAs(Label.class).isDisabled());

        robot.interact(() -> app.window().lock());
        app.waitFor("#unlockButton");
        assertEquals(28, passphraseFont(robot), EPSILON, "locking keeps the zoom");
        app.close();
        app.openDemo(stage, dataDir);
        app.waitFor("#demoAccount");
        assertEquals(28, passphraseFont(robot), EPSILON, "a restart keeps the zoom");
        assertEquals(List.of(), ScreenAudit.cutOff(app.window().scene()), "the demo card at 200 %");
        ctrl(robot, KeyCode.SUBTRACT);
        assertEquals(26.6, passphraseFont(robot), EPSILON, "190 %");
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double passphraseFont(FxRobot robot) {
        return robot.lookup("#passphrase").queryAs(TextField.class).getFont().getSize();
    }

    private static double font(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getFont().getSize();
    }
}
