package org.griddesk.desktop.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.griddesk.desktop.ui.testing.FxWaits.text;
import static org.griddesk.desktop.ui.testing.FxWaits.waitFor;
import static org.griddesk.desktop.ui.testing.FxWaits.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.griddesk.desktop.ui.testing.FreshWorkspace;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.ui.households.HouseholdsWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A worker imports a resident list written by the test: file, mapping, dry run, import, on a real store. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardFlowTest {

    private static final String GRID = RegistryFixtures.GRID;

    @TempDir
    Path folder;
    private Stage stage;
    private FreshWorkspace fresh;
    private EncryptedDeviceSession session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openWorkspace(FxRobot robot) throws Exception {
        fresh = FreshWorkspace.create(robot, stage, folder.resolve("data"), "导入-流程-测试-2026");
        session = fresh.session();
        fresh.show(() -> HouseholdsWorkspace.of(fresh.services().households().orElseThrow(), fresh.executor(),
                fresh.dialogs(), fresh.localization()), 1100, 800);
    }

    @AfterEach
    void closeStore() {
        fresh.close();
    }

    @Test
    void aListIsMappedCheckedAndItsValidRowsImported(FxRobot robot) throws Exception {
        Path file = folder.resolve("名单.csv");
        Files.writeString(file, String.join("\r\n",
                "户主姓名,身份证,性别,出生日期,民族,与户主关系,户号,住址,区划代码,网格",
                "张三,500101199003071236,男,1990-03-07,汉族,户主,H1,东方广场1号," + GRID + "," + GRID,
                "王五,500101198501013450,男,1985-01-01,汉族,户主,H2,河边村3号," + GRID + "," + GRID) + "\r\n", StandardCharsets.UTF_8);

        robot.clickOn("#openImportButton");
        waitFor(robot, "#importWizard");
        robot.clickOn("#importFile").write(file.toString());
        robot.clickOn("#readImportButton");
        waitFor(robot, "#mappingList");

        // the county's own header "户主姓名" is not guessed: the worker maps it to the name
        waitUntil(() -> !robot.lookup("#mappingList").queryAs(ListView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<String> first = (ComboBox<String>) robot.lookup("#mappingList .combo-box").queryAll().stream()
                .filter(Node::isVisible).findFirst().orElseThrow();
        robot.interact(() -> first.setValue("NAME"));
        robot.clickOn("#dryRunButton");

        waitFor(robot, "#problemTable");
        waitUntil(() -> !robot.lookup("#problemTable").queryAs(TableView.class).getItems().isEmpty());
        assertEquals(1, robot.lookup("#problemTable").queryAs(TableView.class).getItems().size(),
                () -> robot.lookup("#problemTable").queryAs(TableView.class).getItems().toString());
        assertTrue(text(robot, "#importSummary").contains("1"));

        robot.clickOn("#importValidButton");
        waitUntil(() -> !Registries.open(session, "test").households().isEmpty());
        waitUntil(() -> RegistryFixtures.outbox(session).stream().anyMatch(e -> "张三".equals(e.value())));
        assertEquals(1, Registries.open(session, "test").residents().size(), "the row with a wrong number is left out");
    }
}
