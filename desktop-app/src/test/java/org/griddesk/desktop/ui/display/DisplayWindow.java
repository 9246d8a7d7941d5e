package org.griddesk.desktop.ui.display;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.griddesk.desktop.app.DeviceWiring;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.applications.ApplicationFixtures;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.ui.MainWindow;
import org.griddesk.desktop.ui.UiStartup;
import org.griddesk.desktop.ui.common.DemoNotice;
import org.griddesk.desktop.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a real data folder at 1366 x 768, the smallest screen the rules name. */
final class DisplayWindow {

    static final String PASSPHRASE = "Elder display test 2026 north";
    static final int WIDTH = 1366;
    static final int HEIGHT = 768;
    private static final int PATIENCE_SECONDS = 60;

    private final FxRobot robot;
    private MainWindow window;

    DisplayWindow(FxRobot robot) {
        this.robot = robot;
    }

    /** A store holding a household of two residents and the 高龄津贴 template, closed again. */
    static void fixture(Path dataDir) throws Exception {
        try (EncryptedDeviceSession session = RegistryFixtures.newSession(dataDir, PASSPHRASE)) {
            ApplicationFixtures.residents(session);
            ApplicationFixtures.pullTemplate(session.records());
        }
    }

    void open(Stage stage, Path dataDir) {
        open(stage, dataDir, Optional.empty());
    }

    /** With a demo notice the unlock card holds its longest lines (the demo account and platform address). */
    void openDemo(Stage stage, Path dataDir) {
        open(stage, dataDir, Optional.of(new DemoNotice(PASSPHRASE, Optional.of("http://127.0.0.1:45367"),
                Optional.of("demo"), Optional.of("demo-worker-2026"), listener -> { })));
    }

    private void open(Stage stage, Path dataDir, Optional<DemoNotice> demo) {
        robot.interact(() -> {
            window = new MainWindow(UiStartup.forDataDir(dataDir, demo).withWiring(new DeviceWiring()),
                    new FxTaskExecutor(), Clock.systemUTC());
            stage.setScene(window.scene());
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            stage.show();
            window.showEntry();
        });
        robot.interact(() -> {
            // the scene itself at 1366 x 768, whatever the decorations of the headless stage
            stage.setWidth(WIDTH + (stage.getWidth() - window.scene().getWidth()));
            stage.setHeight(HEIGHT + (stage.getHeight() - window.scene().getHeight()));
        });
    }

    void unlock() throws TimeoutException {
        waitFor("#unlockButton");
        robot.write(PASSPHRASE).type(KeyCode.ENTER);
        waitFor("#shell");
    }

    void close() {
        if (window != null) {
            robot.interact(window::shutdown);
            window = null;
        }
    }

    MainWindow window() {
        return window;
    }

    Parent root() {
        return window.scene().getRoot();
    }

    void fire(String query) {
        robot.interact(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitFor(String query) throws TimeoutException {
        waitUntil(query + " is shown", () -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
    }

    void waitUntil(BooleanSupplier condition) throws TimeoutException {
        waitUntil("the condition", condition);
    }

    void waitUntil(String what, BooleanSupplier condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            StringBuilder shown = new StringBuilder();
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w.getScene() != null) {
                    robot.from(w.getScene().getRoot()).lookup((Node n) -> n instanceof javafx.scene.control.Labeled).queryAll().forEach(n -> {
                        String t = ((javafx.scene.control.Labeled) n).getText();
                        if (t != null && !t.isBlank() && n.isVisible()) {
                            shown.append(t.replace('\n', ' ')).append(" | ");
                        }
                    });
                }
            }
            throw new TimeoutException("waited in vain: " + what + "; shown: " + shown);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The 代办 form for 王秀英, with the consent and signature at its end. */
    void openApplicationForm() throws TimeoutException {
        fire("#nav-applications");
        if (robot.lookup("#q-data-applicant-name").tryQuery().filter(Node::isVisible).isPresent()) {
            return; // still open from the last visit: 代办 keeps the form at hand
        }
        javafx.scene.control.ListView<?> residents = robot.lookup("#applicationResidents")
                .queryAs(javafx.scene.control.ListView.class);
        waitUntil("王秀英 is listed in 代办",
                () -> residents.getItems().stream().anyMatch(item -> item.toString().contains("王秀英")));
        robot.interact(() -> residents.getItems().stream().filter(item -> item.toString().contains("王秀英"))
                .findFirst().ifPresent(item -> residents.getSelectionModel()
                        .select(residents.getItems().indexOf(item))));
        waitFor("#template-gaoling_jintie");
        fire("#template-gaoling_jintie");
        waitFor("#q-data-applicant-name");
    }

    /** 住户, the 代办 form, 同步 and 设置, each laid out before it is measured. */
    void visitWorkspaces(Runnable measure) throws Exception {
        fire("#nav-today");
        waitFor("#todayWorkspace");
        waitUntil(() -> robot.lookup(".today-line").tryQuery().filter(Node::isVisible).isPresent());
        robot.interact(measure);
        fire("#nav-households");
        waitUntil(() -> !robot.lookup("#householdList").queryListView().getItems().isEmpty());
        waitUntil(() -> {
            robot.interact(() -> robot.lookup("#householdList").queryListView().getSelectionModel().select(0));
            return robot.lookup("#householdDetail").tryQuery().filter(Node::isVisible).isPresent();
        });
        robot.interact(measure);
        openApplicationForm();
        if (robot.lookup(".resident-screen").queryAll().isEmpty()) {
            throw new AssertionError("the 代办 form ends with the consent");
        }
        robot.interact(measure);
        fire("#nav-sync");
        waitFor("#syncWorkspace");
        robot.interact(measure);
        fire("#nav-settings");
        waitFor("#settingsWorkspace");
        robot.interact(measure);
    }
}
