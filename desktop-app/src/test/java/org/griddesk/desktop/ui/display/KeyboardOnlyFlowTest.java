package org.griddesk.desktop.ui.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

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
 * A worker without a mouse: unlocks, moves through the rail, registers a household in 住户 and saves it, with
 * nothing but key presses (typing, the arrows, Tab, Space, Enter). Each move is bounded, so a control the keys
 * cannot reach fails the test instead of hanging it.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyFlowTest {

    private static final int MAX_TABS = 60;

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
    void unlockOpenAWorkspaceAndRegisterAHouseholdWithKeysOnly(FxRobot robot) throws Exception {
        app.open(stage, dataDir);
        app.waitFor("#unlockButton");
        assertEquals("passphrase", focusedId(robot), "the unlock screen starts in the passphrase field");
        robot.write(DisplayWindow.PASSPHRASE).type(KeyCode.ENTER);
        app.waitFor("#shell");
        app.waitUntil("the rail has the focus, on 今日", () -> "nav-today".equals(focusedId(robot)));

        // the rail is one group of toggles: the arrows move along it, Tab leaves it
        tabTo(robot, "nav-sync", KeyCode.DOWN);
        robot.type(KeyCode.SPACE);
        app.waitFor("#syncWorkspace");
        tabTo(robot, "nav-households", KeyCode.UP);
        robot.type(KeyCode.SPACE);
        app.waitFor("#householdsWorkspace");
        app.waitUntil("the households are listed",
                () -> robot.lookup("#householdList").queryListView().getItems().size() == 1);

        tabTo(robot, "newHouseholdButton", KeyCode.TAB);
        robot.type(KeyCode.SPACE);
        app.waitFor("#householdForm");
        app.waitUntil("the form starts in its first field", () -> "field-address".equals(focusedId(robot)));
        robot.write("东方广场2号");
        tabTo(robot, "field-divisionCode", KeyCode.TAB);
        robot.write("500101001001");
        tabTo(robot, "field-grid", KeyCode.TAB);
        robot.write("500101001001");
        robot.type(KeyCode.ENTER);

        app.waitFor("#householdDetail");
        app.waitUntil("the new household is listed",
                () -> robot.lookup("#householdList").queryListView().getItems().size() == 2);
        assertEquals("东方广场2号", robot.lookup("#detailAddress").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#householdList").queryListView().getItems().stream()
                .anyMatch(row -> row.toString().contains("东方广场2号")));
    }

    /** Presses the keys until the control is focused; fails if it is not reached within {@value MAX_TABS} moves. */
    private void tabTo(FxRobot robot, String id, KeyCode... keys) throws TimeoutException {
        for (int move = 0; move < MAX_TABS && !id.equals(focusedId(robot)); move++) {
            robot.press(keys).release(keys);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(id, focusedId(robot), "reached by keys alone");
    }

    private String focusedId(FxRobot robot) {
        Node focused = app.window().scene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }
}
