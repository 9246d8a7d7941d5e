package org.griddesk.desktop.ui.households;

import static org.griddesk.desktop.ui.testing.FxWaits.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.service.sync.SyncDevices;
import org.griddesk.desktop.service.sync.SyncProgress;
import org.griddesk.desktop.service.sync.SyncReport;
import org.griddesk.desktop.service.sync.SyncService;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.desktop.testing.CountyPlatformProcess;
import org.griddesk.desktop.testing.PlatformCalls;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.LocalChanges;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A resident a supervisor returned with a comment reaches the worker by sync and is shown on the household itself
 * in 住户, with the comment, who returned it and what to do, against the real county platform.
 */
@ExtendWith(ApplicationExtension.class)
class ReturnedRecordFlowTest {
    private static final String SUPERVISOR = "wang.supervisor";
    private static final String PASSWORD = "supervisor-password-2026";

    @TempDir
    static Path platformDir;
    private static CountyPlatformProcess platform;

    @TempDir
    Path deviceDir;
    private Stage stage;
    private EncryptedDeviceSession session;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = CountyPlatformProcess.start(platformDir);
        platform.addUser(SUPERVISOR, "supervisor", PASSWORD);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aReturnedResidentShowsTheSupervisorsCommentOnItsHousehold(FxRobot robot) throws Exception {
        UuidV7Generator ids = new UuidV7Generator();
        String household = ids.nextId();
        String resident = ids.nextId();
        session = SyncDevices.create(deviceDir);
        LocalChanges changes = new LocalChanges(session.records(), session.clock());
        changes.set(new RecordKey("household", household), RegistryFixtures.household("幸福村 8 组 3 号"));
        Map<String, Object> fields = new LinkedHashMap<>(RegistryFixtures.resident(household, "赵六",
                RegistryFixtures.idNumberBornOn(LocalDate.of(1950, 3, 1), 11), "1", "1950-03-01",
                ResidentFields.RELATION_HEAD));
        fields.put(ResidentFields.GRID, RegistryFixtures.GRID);
        changes.set(new RecordKey("resident", resident), fields);
        SyncService sync = SyncServices.of(session, SyncDevices.QUICK);
        sync.signIn(platform.url(), CountyPlatformProcess.WORKER, platform.workerPassword());
        SyncReport pushed = sync.sync(SyncProgress.NONE, () -> false);
        assertTrue(pushed.completed(), String.valueOf(pushed));
        assertEquals(2, pushed.counters().applied(), () -> pushed + " " + sync.troubled());

        PlatformCalls calls = new PlatformCalls(platform.url());
        String supervisor = calls.login(SUPERVISOR, PASSWORD, "county-desk");
        long itemId = -1;
        int version = 0;
        for (JsonNode item : calls.get("/api/v1/review/items?kind=record", supervisor).path("items")) {
            if (item.path("recordId").asText().equals(resident)) {
                itemId = item.path("id").asLong();
                version = item.path("version").asInt();
            }
        }
        assertTrue(itemId > 0, "a new resident waits for a supervisor's look");
        calls.post("/api/v1/review/items/" + itemId + "/return", Map.of("comment", "出生日期与户口本不一致，请核对",
                "version", version), supervisor);
        SyncReport pulled = sync.sync(SyncProgress.NONE, () -> false);
        assertTrue(pulled.completed(), String.valueOf(pulled));

        HouseholdsViewModel model = new HouseholdsViewModel(progress -> RegistryFixtures.registryOf(session),
                new NoDrafts(), new CurrentThreadTaskExecutor(), new RecordingDialogService(),
                new Localization(Localization.CHINESE));
        robot.interact(() -> {
            stage.setScene(new Scene(new HouseholdDetailView(model, new Localization(Localization.CHINESE)).build(),
                    900, 700));
            stage.show();
            model.load();
            model.select(household);
        });

        Label notice = robot.lookup("#householdReturned").queryAs(Label.class);
        assertTrue(notice.isVisible());
        String shown = text(robot, "#householdReturned");
        assertTrue(shown.startsWith("督导员退回了赵六的信息：出生日期与户口本不一致，请核对（" + SUPERVISOR + "，"), shown);
        assertTrue(shown.endsWith("请核实并修改后保存，下次同步时会重新提交督导员审核；审核通过后此提示会消失。"), shown);
        assertEquals(1, model.detailProperty().get().returned().size());

        changes.set(new RecordKey("resident", resident), Map.of(ResidentFields.BIRTH_DATE, "1950-03-02",
                ResidentFields.ID_NUMBER, RegistryFixtures.idNumberBornOn(LocalDate.of(1950, 3, 2), 11)));
        SyncReport corrected = sync.sync(SyncProgress.NONE, () -> false);
        assertEquals(1, corrected.counters().applied(), () -> corrected + " " + sync.troubled());
        JsonNode resubmitted = null;
        for (JsonNode item : calls.get("/api/v1/review/items?kind=record", supervisor).path("items")) {
            if (item.path("recordId").asText().equals(resident)) {
                resubmitted = item;
            }
        }
        assertTrue(resubmitted != null, "the corrected resident comes back to the supervisor");
        assertEquals("resubmitted", resubmitted.path("detail").path("change").asText());
        calls.post("/api/v1/review/items/" + resubmitted.path("id").asLong() + "/approve",
                Map.of("version", resubmitted.path("version").asInt()), supervisor);
        assertTrue(sync.sync(SyncProgress.NONE, () -> false).completed());
        robot.interact(() -> {
            model.reload();
            model.select(household);
        });
        assertFalse(notice.isVisible(), "approved: the notice is gone");
        assertTrue(model.detailProperty().get().returned().isEmpty());
    }
}
