package org.griddesk.desktop.ui.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.griddesk.desktop.ui.testing.FxWaits.waitFor;
import static org.griddesk.desktop.ui.testing.FxWaits.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.griddesk.desktop.ui.testing.FreshWorkspace;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.griddesk.model.record.ResidentFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A worker moves a resident into another household (迁入他户) from the detail pane, on a real encrypted store. */
@ExtendWith(ApplicationExtension.class)
class HouseholdMoveFlowTest {

    @TempDir
    Path dataDir;
    private Stage stage;
    private FreshWorkspace fresh;
    private EncryptedDeviceSession session;
    private RecordingDialogService dialogs;
    private String liSiId;
    private String targetId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openWorkspace(FxRobot robot) throws Exception {
        fresh = FreshWorkspace.create(robot, stage, dataDir, "住户-迁移-测试-2026");
        session = fresh.session();
        dialogs = fresh.dialogs();
        RegistryService registry = Registries.open(session, "test");
        String origin = registry.saveHousehold(null, RegistryFixtures.household("东方广场1号")).record().id();
        targetId = registry.saveHousehold(null, RegistryFixtures.household("西湖路8号")).record().id();
        registry.saveResident(null, RegistryFixtures.resident(origin, "张三", RegistryFixtures.ZHANG_SAN_ID, "1",
                "1990-03-07", "02"));
        liSiId = registry.saveResident(null, RegistryFixtures.resident(origin, "李四", RegistryFixtures.LI_SI_ID, "2",
                "1992-05-10", "10")).record().id();
        dialogs.answerConfirmationsWith(true);
        fresh.show(() -> HouseholdsWorkspace.of(fresh.services().households().orElseThrow(), fresh.executor(),
                dialogs, fresh.localization()), 1100, 800);
    }

    @AfterEach
    void closeStore() {
        fresh.close();
    }

    @Test
    void aResidentMovesIntoAHouseholdFoundByAddress(FxRobot robot) throws Exception {
        waitUntil(() -> cell(robot, "#householdList", "东方广场1号").isPresent());
        robot.clickOn(cell(robot, "#householdList", "东方广场1号").orElseThrow());
        waitUntil(() -> members(robot).size() == 2);

        robot.clickOn(cell(robot, "#memberList", "李四").orElseThrow());
        robot.clickOn("#moveResidentButton");
        waitFor(robot, "#movePane");
        robot.clickOn("#moveSearch").write("西湖");
        waitUntil(() -> cell(robot, "#moveTargetList", "西湖路8号").isPresent());
        robot.clickOn(cell(robot, "#moveTargetList", "西湖路8号").orElseThrow());
        robot.clickOn("#moveRelation").clickOn("户主");
        robot.clickOn("#moveConfirmButton");

        waitUntil(() -> members(robot).size() == 1);
        assertEquals("张三", members(robot).get(0).name());
        assertTrue(dialogs.shown().stream().anyMatch(s -> s.title().key().equals("households.move.title")));
        RegistryService reread = Registries.open(session, "test");
        assertEquals(Optional.of(targetId), reread.resident(liSiId).orElseThrow().string(ResidentFields.HOUSEHOLD_ID));
        assertEquals(Optional.of("02"), reread.resident(liSiId).orElseThrow().string(ResidentFields.RELATION));

        robot.clickOn(cell(robot, "#householdList", "西湖路8号").orElseThrow());
        waitUntil(() -> members(robot).size() == 1 && members(robot).get(0).name().equals("李四"));
        waitUntil(() -> robot.lookup("#historyList").queryAs(ListView.class).getItems().size() == 1);
    }

    private static Optional<Node> cell(FxRobot robot, String list, String text) {
        return robot.lookup(list + " .list-cell").queryAll().stream()
                .filter(node -> node instanceof Labeled labeled && labeled.getText() != null
                        && labeled.getText().contains(text))
                .map(Node.class::cast).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<MemberRow> members(FxRobot robot) {
        // the list is out of the scene while a form is open; a save finishing later brings it back
        return robot.lookup("#memberList").tryQueryAs(ListView.class)
                .map(list -> List.<MemberRow>copyOf(list.getItems())).orElse(List.of());
    }
}
