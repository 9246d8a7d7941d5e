package org.griddesk.desktop.ui.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.griddesk.desktop.ui.testing.FxWaits.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.griddesk.desktop.ui.testing.FreshWorkspace;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.sync.SyncDevices;
import org.griddesk.desktop.service.sync.SyncService;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.desktop.testing.SignInAnsweringPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A signed-in worker picks a grid by its name in the 住户 filter, on a real encrypted store and a real sign-in. */
@ExtendWith(ApplicationExtension.class)
class HouseholdGridFilterFlowTest {

    private static final String NAMED = "500101001001";
    private static final String UNNAMED = "500101001002";

    @TempDir
    Path dataDir;
    private Stage stage;
    private FreshWorkspace fresh;
    private EncryptedDeviceSession session;
    private SignInAnsweringPlatform platform;
    private SyncService sync;
    private Supplier<Region> workspace;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openWorkspaceSignedIn(FxRobot robot) throws Exception {
        fresh = FreshWorkspace.create(robot, stage, dataDir, "住户-网格筛选-2026");
        session = fresh.session();
        RegistryService registry = RegistryFixtures.registryOf(session);
        registry.saveHousehold(null, RegistryFixtures.household("幸福村1号", NAMED));
        registry.saveHousehold(null, RegistryFixtures.household("幸福村2号", UNNAMED));
        platform = SignInAnsweringPlatform.answering("{\"token\":\"t\",\"role\":\"worker\","
                + "\"grids\":[\"" + NAMED + "\",\"" + UNNAMED + "\"],\"gridNames\":{\"" + NAMED + "\":\"幸福村第一网格\"}}");
        sync = SyncServices.of(session, SyncDevices.QUICK);
        sync.signIn(platform.url(), "demo", "pw".toCharArray());
        workspace = HouseholdsWorkspace.lazy(fresh.services().households(), fresh.executor(), fresh.dialogs(),
                fresh.localization());
        fresh.show(workspace, 1100, 800);
    }

    @AfterEach
    void closeStore() {
        fresh.close();
        platform.close();
    }

    @Test
    void theClosedFilterSaysTheGridsNameAndTheListAddsTheCode(FxRobot robot) throws Exception {
        waitUntil(() -> households(robot).size() == 2);
        ComboBox<?> grid = robot.lookup("#gridFilter").queryAs(ComboBox.class);
        assertEquals("全部", grid.getButtonCell().getText());

        robot.clickOn("#gridFilter");
        waitUntil(() -> robot.lookup("幸福村第一网格（500101001001）").tryQuery().isPresent());
        assertEquals(List.of("全部", "幸福村第一网格（500101001001）", UNNAMED), listed(robot));
        robot.clickOn("幸福村第一网格（500101001001）");

        waitUntil(() -> households(robot).size() == 1);
        assertEquals("幸福村第一网格", grid.getButtonCell().getText());
        assertEquals("幸福村第一网格（500101001001）", grid.getTooltip().getText());
        assertEquals(NAMED, grid.getValue(), "the filter still filters by code");
        assertEquals("幸福村1号", households(robot).get(0).address());
    }

    @Test
    void signingOutShowsTheCodeNextTimeAndTheChosenGridStaysChosen(FxRobot robot) throws Exception {
        waitUntil(() -> households(robot).size() == 2);
        ComboBox<?> grid = robot.lookup("#gridFilter").queryAs(ComboBox.class);
        robot.clickOn("#gridFilter").clickOn("幸福村第一网格（500101001001）");
        waitUntil(() -> households(robot).size() == 1);

        sync.signOut();
        robot.interact(workspace::get);

        waitUntil(() -> NAMED.equals(grid.getButtonCell().getText()));
        assertEquals(NAMED, grid.getValue());
        assertEquals(NAMED, grid.getTooltip().getText());
        assertEquals(List.of("幸福村1号"), households(robot).stream().map(HouseholdRow::address).toList());
    }

    /** What the open drop-down shows, top to bottom. */
    private static List<String> listed(FxRobot robot) {
        return robot.lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> !cell.isEmpty() || cell.getText() != null)
                .sorted(java.util.Comparator.comparingInt(javafx.scene.control.ListCell::getIndex))
                .map(javafx.scene.control.ListCell::getText).filter(text -> text != null).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<HouseholdRow> households(FxRobot robot) {
        return List.copyOf(robot.lookup("#householdList").queryAs(ListView.class).getItems());
    }
}
