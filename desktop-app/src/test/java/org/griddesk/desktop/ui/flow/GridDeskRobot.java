package org.griddesk.desktop.ui.flow;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.griddesk.desktop.app.DeviceWiring;
import org.griddesk.desktop.ui.MainWindow;
import org.griddesk.desktop.ui.UiStartup;
import org.griddesk.desktop.ui.common.DemoNotice;
import org.griddesk.desktop.ui.task.FxTaskExecutor;
import org.griddesk.desktop.ui.testing.FxWaits;
import org.testfx.api.FxRobot;

/** Starts the real window on a data folder and clicks through it the way a worker does. */
final class GridDeskRobot {

    private final FxRobot robot;
    private MainWindow window;

    GridDeskRobot(FxRobot robot) {
        this.robot = robot;
    }

    void open(Stage stage, Path dataDir, Optional<DemoNotice> demo) {
        open(stage, UiStartup.forDataDir(dataDir, demo));
    }

    void open(Stage stage, UiStartup startup) {
        robot.interact(() -> {
            window = new MainWindow(startup.withWiring(new DeviceWiring()), new FxTaskExecutor(), Clock.systemUTC());
            stage.setScene(window.scene());
            stage.show();
            window.showEntry();
        });
    }

    /** Closes the store as the window's close button does. */
    void close() {
        if (window != null) {
            robot.interact(window::shutdown);
            window = null;
        }
    }

    MainWindow window() {
        return window;
    }

    void typeInto(String query, String text) {
        robot.clickOn(query).write(text);
    }

    void pressEnter() {
        robot.type(KeyCode.ENTER);
    }

    void waitFor(String query) throws TimeoutException {
        FxWaits.waitFor(robot, query);
    }

    boolean isShown(String query) {
        return robot.lookup(query).tryQuery().filter(node -> node.isVisible()).isPresent();
    }

    String text(String query) {
        return FxWaits.text(robot, query);
    }
}
