package org.griddesk.desktop.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.griddesk.desktop.ui.testing.FxWaits.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;

import org.griddesk.desktop.app.DeviceWiring;
import org.griddesk.desktop.ui.testing.FxWaits;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.PassphrasePolicy;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.desktop.ui.MainWindow;
import org.griddesk.desktop.ui.UiStartup;
import org.griddesk.desktop.ui.task.FxTaskExecutor;
import org.griddesk.desktop.ui.testing.InMemoryLanguageStore;
import org.griddesk.map.fx.MapView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: unlock, open 地图 and find the generated demo village there, then 事件 beside it. */
@ExtendWith(ApplicationExtension.class)
class MapWorkspaceFlowTest {

    private static final String PASSPHRASE = "Map-flow 口令 2026 river";

    @TempDir
    Path dataDir;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            robot.interact(window::shutdown);
        }
    }

    @Test
    void theMapWorkspaceShowsTheDemoVillageOnAFreshStore(FxRobot robot) throws Exception {
        EncryptedVault vault = new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000),
                Duration.ofHours(1));
        vault.create(PASSPHRASE.toCharArray()).close();
        robot.interact(() -> {
            window = new MainWindow(new UiStartup(vault, PassphrasePolicy::assess, new InMemoryLanguageStore(),
                    Optional.empty()).withWiring(new DeviceWiring()), new FxTaskExecutor(), Clock.systemUTC());
            stage.setScene(window.scene());
            stage.show();
            window.showEntry();
        });
        waitFor(robot, "#passphrase");
        robot.interact(() -> robot.lookup("#passphrase").queryAs(PasswordField.class).setText(PASSPHRASE));
        robot.clickOn("#unlockButton");
        waitFor(robot, "#shell");

        robot.clickOn("#nav-map");
        waitFor(robot, "#mapWorkspace");
        ListView<?> layers = robot.lookup("#layerList").queryAs(ListView.class);
        FxWaits.waitUntil(() -> layers.getItems().size() == 5);
        assertTrue(Files.isRegularFile(dataDir.resolve("maps").resolve("demo-village.gpkg")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("村界", robot.lookup("#layer-village_boundary").queryLabeled().getText());

        robot.clickOn("#layer-roads");
        WaitForAsyncUtils.waitForFxEvents();
        MapView map = robot.lookup("#mapWorkspaceMap").queryAs(MapView.class);
        assertTrue(map.getLayers().stream().filter(layer -> layer.name().equals("roads"))
                .noneMatch(layer -> layer.isVisible()), "unticking a layer hides it on the map");

        robot.clickOn("#nav-issues");
        waitFor(robot, "#issuesWorkspace");
        MapView issuesMap = robot.lookup("#issuesMap").queryAs(MapView.class);
        assertEquals(map.getLayers().size(), issuesMap.getLayers().size(), "both maps draw the same layers");
    }
}
