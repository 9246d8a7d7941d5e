package org.griddesk.desktop.ui.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.griddesk.desktop.ui.testing.FxWaits.text;
import static org.griddesk.desktop.ui.testing.FxWaits.waitFor;
import static org.griddesk.desktop.ui.testing.FxWaits.waitUntil;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.griddesk.desktop.ui.testing.FreshWorkspace;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A worker registers a household with two residents in the 住户 workspace, on a real encrypted store. */
@ExtendWith(ApplicationExtension.class)
class HouseholdsFlowTest {

    private static final String GRID = "500101001001";

    @TempDir
    Path dataDir;
    private Stage stage;
    private FreshWorkspace fresh;
    private EncryptedDeviceSession session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openWorkspace(FxRobot robot) throws Exception {
        fresh = FreshWorkspace.create(robot, stage, dataDir, "住户-流程-测试-2026");
        session = fresh.session();
        fresh.show(() -> HouseholdsWorkspace.of(fresh.services().households().orElseThrow(), fresh.executor(),
                fresh.dialogs(), fresh.localization()), 1100, 800);
    }

    @AfterEach
    void closeStore() {
        fresh.close();
    }

    @Test
    void filtersReadAllAndHouseholdActionsWaitForAHousehold(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#newHouseholdButton").queryButton().isDisabled());
        for (String filter : List.of("#gridFilter", "#villageFilter")) {
            javafx.scene.control.ComboBox<?> box = robot.lookup(filter).queryAs(javafx.scene.control.ComboBox.class);
            assertEquals("全部", box.getButtonCell().getText(), filter);
        }
        for (String action : List.of("#editHouseholdButton", "#addResidentButton", "#addVisitButton")) {
            assertTrue(robot.lookup(action).queryButton().isDisabled(), action + " without a household");
        }
        // a disabled button says why (JavaFX shows no tooltip on a disabled control: its holder carries it)
        for (String action : List.of("#editHouseholdButton", "#editResidentButton", "#revealIdButton",
                "#recordDeathButton", "#recordMoveAwayButton", "#moveResidentButton", "#splitHouseholdButton")) {
            assertTrue(robot.lookup(action).queryButton().isDisabled(), action);
            javafx.scene.control.Tooltip why = robot.lookup(action + "Holder").queryAs(Label.class).getTooltip();
            assertTrue(why != null && why.getText().startsWith(action.equals("#splitHouseholdButton") ? "这户还没有成员"
                    : action.equals("#editHouseholdButton") ? "请先在左侧列表中选择一户" : "请先在成员列表中选择一位成员"),
                    action + ": " + (why == null ? null : why.getText()));
        }
    }

    @Test
    void aHouseholdWithTwoResidentsAWrongIdNumberRefusedOnItsFieldAndSearchByInitials(FxRobot robot) throws Exception {
        robot.clickOn("#newHouseholdButton");
        waitFor(robot, "#householdForm");
        robot.clickOn("#field-address").write("东方广场1号");
        robot.clickOn("#field-divisionCode").write(GRID);
        robot.clickOn("#field-grid").write(GRID);
        robot.clickOn("#saveFormButton");
        waitFor(robot, "#householdDetail");
        assertEquals("东方广场1号", robot.lookup("#detailAddress").queryAs(Label.class).getText());

        addResident(robot, "张三", "500101199003071236", "男", "1990-03-07", null);
        waitUntil(() -> members(robot).size() == 1);

        addResident(robot, "李四", "500101199205102240", "女", "1992-05-10", "配偶");
        waitUntil(() -> !text(robot, "#error-idNumber").isEmpty());
        assertEquals("身份证号校验位不对，请逐位核对", text(robot, "#error-idNumber"));
        assertTrue(text(robot, "#error-name").isEmpty(), "only the wrong field says something");
        assertFalse(RegistryFixtures.outbox(session).stream().anyMatch(e -> "李四".equals(e.value())), "nothing saved");

        robot.doubleClickOn("#field-idNumber").eraseText(18).write("500101199205102248");
        assertTrue(text(robot, "#error-idNumber").isEmpty(), "editing the field clears its message");
        robot.clickOn("#saveFormButton");
        waitFor(robot, "#householdDetail");
        waitUntil(() -> members(robot).size() == 2);
        assertTrue(members(robot).stream().anyMatch(m -> m.name().equals("李四") && m.relation().equals("配偶")));
        assertTrue(members(robot).stream().allMatch(m -> m.maskedIdNumber().contains("**********")));
        assertTrue(RegistryFixtures.outbox(session).stream().anyMatch(e -> "李四".equals(e.value())));

        robot.clickOn("#householdSearch").write("zs");
        waitUntil(() -> !searchResults(robot).isEmpty());
        assertEquals("张三", searchResults(robot).get(0).name());
        assertEquals("5001**********1236", searchResults(robot).get(0).maskedIdNumber());
    }

    private void addResident(FxRobot robot, String name, String idNumber, String sex, String birthDate,
                             String relation) throws Exception {
        robot.clickOn("#addResidentButton");
        waitFor(robot, "#residentForm");
        robot.clickOn("#field-name").write(name);
        robot.clickOn("#field-idNumber").write(idNumber);
        String filledIn = robot.lookup("#field-birthDate").queryAs(javafx.scene.control.TextField.class).getText();
        if (filledIn.isEmpty()) {
            robot.clickOn("#field-sex").clickOn(sex);
            robot.clickOn("#field-birthDate").write(birthDate);
        } else {
            // a valid number fills in what it says; the worker types each fact once
            assertEquals(birthDate, filledIn);
            assertEquals(sex, robot.lookup("#field-sex").queryAs(javafx.scene.control.ComboBox.class)
                    .getButtonCell().getText());
        }
        if (relation != null) {
            robot.clickOn("#field-relation").clickOn(relation);
        }
        robot.clickOn("#saveFormButton");
    }

    @SuppressWarnings("unchecked")
    private static List<MemberRow> members(FxRobot robot) {
        // the list is out of the scene while a form is open; a save finishing later brings it back
        return robot.lookup("#memberList").tryQueryAs(ListView.class)
                .map(list -> List.<MemberRow>copyOf(list.getItems())).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<SearchRow> searchResults(FxRobot robot) {
        return List.copyOf(robot.lookup("#searchResults").queryAs(ListView.class).getItems());
    }
}
