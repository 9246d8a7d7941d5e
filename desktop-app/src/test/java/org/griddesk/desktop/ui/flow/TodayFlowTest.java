package org.griddesk.desktop.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.griddesk.desktop.ui.testing.FxWaits;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.VaultFactory;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
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
 * A worker unlocks a store that a sync filled and lands on 今日; each line is one click (or Enter) from the record in
 * the workspace that acts on it.
 */
@ExtendWith(ApplicationExtension.class)
class TodayFlowTest {

    private static final String PASSPHRASE = "Village road 12 east";
    private static final String GRID = "500101001001";

    @TempDir
    Path dataDir;
    private Stage stage;
    private GridDeskRobot app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void storeWithADay() throws Exception {
        LocalDate today = LocalDate.now(Registries.CHINA);
        try (EncryptedDeviceSession session = VaultFactory.open(dataDir).create(PASSPHRASE.toCharArray())) {
            put(session, "household", "h-old", Map.of("grid", GRID, "address", "和平村 2 号", "householdType", "1"));
            put(session, "resident", "r-old", Map.of("grid", GRID, "householdId", "h-old", "name", "王秀英",
                    "birthDate", today.minusYears(86).toString(), "status", "active", "careTags", List.of()));
            put(session, "household", "h-young", Map.of("grid", GRID, "address", "和平村 3 号", "householdType", "1"));
            put(session, "resident", "r-young", Map.of("grid", GRID, "householdId", "h-young", "name", "李明",
                    "birthDate", "1990-01-01", "status", "active", "careTags", List.of()));
            put(session, "resident", "r-young-2", Map.of("grid", GRID, "householdId", "h-young", "name", "李妻",
                    "birthDate", "1991-01-01", "status", "active", "careTags", List.of()));
            put(session, "issue", "i-late", Map.of("grid", GRID, "title", "路灯坏了", "category", "infrastructure",
                    "status", "accepted", "deadline", today.minusDays(2).toString(),
                    "location", Map.of("lon", 106.55, "lat", 29.56)));
            put(session, "application", "a-materials", Map.of("grid", GRID, "templateId", "elderly_allowance",
                    "templateVersion", "1", "residentId", "r-old", "status", "needs_materials",
                    "missingMaterials", List.of("户口簿")));
            put(session, "issue", "i-refused", Map.of("grid", GRID, "title", "井盖丢失", "status", "reported"));
            session.records().setStatus(new RecordKey("issue", "i-refused"),
                    new RecordSyncStatus(SyncState.REJECTED, "out_of_scope: outside your grids"));
        }
    }

    @AfterEach
    void closeStore() {
        app.close();
    }

    @Test
    void todayOpensFirstAndEachLineLeadsToItsRecord(FxRobot robot) throws Exception {
        unlock(robot);
        assertTrue(robot.lookup("#nav-today").queryAs(ToggleButton.class).isSelected());
        app.waitFor("#todayLine-visit_due-h-old");
        assertEquals("需要走访（1）", app.text("#todaySection-visit_due"));
        assertEquals("超期事件（1）", app.text("#todaySection-issue_overdue"));
        assertEquals("被平台拒绝的记录（1）", app.text("#todaySection-record_refused"));
        assertFalse(app.isShown("#todayLine-visit_due-h-young"), "a young family is not due for a visit");
        assertFalse(app.isShown("#todayClear"));

        robot.clickOn("#todayLine-visit_due-h-old");
        app.waitFor("#householdDetail");
        FxWaits.waitUntil(() -> "和平村 2 号".equals(robot.lookup("#detailAddress").queryAs(Label.class).getText()));
        assertTrue(robot.lookup("#nav-households").queryAs(ToggleButton.class).isSelected());

        // back on 今日 (read again on showing), the overdue issue opens in 事件, selected
        robot.clickOn("#nav-today");
        app.waitFor("#todayLine-issue_overdue-i-late");
        robot.clickOn("#todayLine-issue_overdue-i-late");
        app.waitFor("#issuesWorkspace");
        FxWaits.waitUntil(() -> robot.lookup("#issueSummary").queryAs(Label.class).getText().contains("路灯坏了"));

        // the application waiting for materials is selected in 代办's list
        robot.clickOn("#nav-today");
        app.waitFor("#todayLine-application_needs_materials-a-materials");
        // a line reached from the keyboard scrolls into sight; then it is clicked like any other
        robot.interact(() -> robot.lookup("#todayLine-application_needs_materials-a-materials").query().requestFocus());
        robot.clickOn("#todayLine-application_needs_materials-a-materials");
        app.waitFor("#applicationsWorkspace");
        FxWaits.waitUntil(() -> {
            Object chosen = robot.lookup("#applicationRows").queryAs(javafx.scene.control.ListView.class)
                    .getSelectionModel().getSelectedItem();
            return chosen instanceof org.griddesk.desktop.ui.applications.ApplicationRow row
                    && row.id().equals("a-materials");
        });

        // the refused record: Enter on the focused line opens the trouble list in 同步
        robot.clickOn("#nav-today");
        app.waitFor("#todayLine-record_refused-i-refused");
        robot.interact(() -> robot.lookup("#todayLine-record_refused-i-refused").query().requestFocus());
        app.pressEnter();
        app.waitFor("#syncWorkspace");
        assertTrue(robot.lookup("#nav-sync").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void aDayWithNothingToDoSaysItIsClearAndTheVisitIntervalIsEditedInSettings(FxRobot robot) throws Exception {
        try (EncryptedDeviceSession session = VaultFactory.open(dataDir).unlock(PASSPHRASE.toCharArray())) {
            for (String id : List.of("h-old", "r-old", "i-late", "i-refused", "a-materials")) {
                String type = id.startsWith("h") ? "household" : id.startsWith("r") ? "resident"
                        : id.startsWith("a") ? "application" : "issue";
                session.records().dropRecord(new RecordKey(type, id));
            }
        }
        unlock(robot);
        app.waitFor("#todayClear");
        assertTrue(app.text("#todayClear").startsWith("今天没有待办事项"));

        robot.clickOn("#nav-settings");
        app.waitFor("#visitReminderDays");
        FxWaits.waitUntil(() -> "30".equals(
                robot.lookup("#visitReminderDays").queryAs(javafx.scene.control.TextField.class).getText()));
        robot.doubleClickOn("#visitReminderDays").write("0");
        robot.clickOn("#saveVisitReminder");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("请输入 1 到 365 之间的整数天数。", app.text("#visitReminderError"));
    }

    private void unlock(FxRobot robot) throws Exception {
        app = new GridDeskRobot(robot);
        app.open(stage, dataDir, Optional.empty());
        app.waitFor("#unlockButton");
        app.typeInto("#passphrase", PASSPHRASE);
        app.pressEnter();
        app.waitFor("#shell");
        app.waitFor("#todayWorkspace");
    }

    private static void put(EncryptedDeviceSession session, String type, String id, Map<String, Object> fields) {
        session.records().putLocalView(new SyncRecord(type, id, fields, 1, false));
    }
}
