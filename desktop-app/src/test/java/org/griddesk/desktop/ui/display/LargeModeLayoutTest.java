package org.griddesk.desktop.ui.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
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

/**
 * 长辈版 measured on the laid-out window at 1366 x 768, workspace by workspace: the MIIT figures (body 24 px,
 * titles 40 px, line height 1.3, controls 60 x 60) when on, 44 x 44 touch targets when off, the resident's screens
 * (consent and signature) large in both, and the choice still there on the unlock screen after a restart.
 */
@ExtendWith(ApplicationExtension.class)
class LargeModeLayoutTest {

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
    void largeModeMeetsTheRulesInEveryWorkspaceAndIsRememberedOnTheUnlockScreen(FxRobot robot) throws Exception {
        app.open(stage, dataDir);
        app.unlock();
        List<String> normal = new ArrayList<>();
        app.visitWorkspaces(() -> {
            normal.addAll(ScreenAudit.controlsSmallerThan(app.root(), 44));
            System.out.println("normal: " + ScreenAudit.smallest(app.root()));
            residentScreensAreLarge(robot, normal);
        });
        assertEquals(List.of(), normal, "normal mode: controls under 44 x 44 px");

        ToggleButton large = robot.lookup("#largeModeSwitch").queryAs(ToggleButton.class);
        assertEquals("长辈版", large.getText());
        app.fire("#largeModeSwitch");
        assertTrue(app.root().getStyleClass().contains("elder"));
        List<String> problems = new ArrayList<>();
        app.visitWorkspaces(() -> {
            problems.addAll(ScreenAudit.controlsSmallerThan(app.root(), 60));
            System.out.println("长辈版: " + ScreenAudit.smallest(app.root()));
            problems.addAll(ScreenAudit.textsSmallerThan(app.root(), 24));
            problems.addAll(ScreenAudit.lineSpacingUnder(app.root(), 1.3));
            problems.addAll(ScreenAudit.cutOff(app.window().scene()));
            problems.addAll(ScreenAudit.listsShorterThan(app.root(), 60));
            for (Node title : robot.lookup(".workspace-title").queryAll()) {
                if (title.isVisible() && ((Labeled) title).getFont().getSize() < 40) {
                    problems.add(ScreenAudit.describe(title) + " title " + ((Labeled) title).getFont().getSize());
                }
            }
        });
        assertEquals(List.of(), problems, "长辈版: controls under 60 x 60 px, text under 24 px, lines under 1.3, anything cut off");
        assertTrue(robot.lookup("#settingsLargeMode").queryAs(ToggleButton.class).isSelected(),
                "设置 shows the same choice as the rail");
        app.waitUntil(() -> new DisplayPreference(dataDir).read().large());

        app.close();
        app.openDemo(stage, dataDir);
        app.waitFor("#demoAccount");
        assertTrue(app.root().getStyleClass().contains("elder"), "the unlock screen is large before unlocking");
        assertEquals(List.of(), ScreenAudit.cutOff(app.window().scene()), "the unlock card widens with its text");
        assertEquals(List.of(), ScreenAudit.controlsSmallerThan(app.root(), 60));
        assertEquals(List.of(), ScreenAudit.textsSmallerThan(app.root(), 24));
        assertTrue(robot.lookup("#passphrase").queryAs(TextField.class).getFont().getSize() >= 24);
    }

    /** The consent a resident reads and signs: 60 px controls and 24 px text whatever the mode. */
    private void residentScreensAreLarge(FxRobot robot, List<String> problems) {
        for (Node consent : robot.lookup(".resident-screen").queryAll()) {
            problems.addAll(ScreenAudit.controlsSmallerThan((Parent) consent, 60));
            problems.addAll(ScreenAudit.textsSmallerThan((Parent) consent, 24));
        }
    }
}
