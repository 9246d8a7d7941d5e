package org.griddesk.desktop.ui.households;

import static org.griddesk.desktop.ui.testing.FxWaits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.griddesk.desktop.service.applications.Applications;
import org.griddesk.desktop.service.device.HouseholdServices;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.sync.GridNames;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.applications.ApplicationFixtures;
import org.griddesk.desktop.service.applications.ServiceRating;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.task.FxTaskExecutor;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.sync.record.SyncRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 好差评 after a plain visit: the worker records a visit in 住户 and the household's resident rates it on the same
 * five faces as after an application; the rating names the visit and is kept as a synced record.
 */
@ExtendWith(ApplicationExtension.class)
class VisitRatingFlowTest {

    @TempDir
    Path dataDir;
    private Stage stage;
    private EncryptedDeviceSession session;
    private FxTaskExecutor executor;
    private String wang;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openWorkspace(FxRobot robot) throws Exception {
        session = RegistryFixtures.newSession(dataDir, "走访-评价-测试-2026");
        wang = ApplicationFixtures.residents(session);
        executor = new FxTaskExecutor();
        robot.interact(() -> {
            Region workspace = HouseholdsWorkspace.of(new HouseholdServices(() -> Registries.open(session,
                    Registries.signedInWorker(session)), Registries.drafts(session), GridNames.of(session),
                    () -> Applications.ratings(session)), executor, new RecordingDialogService(),
                    new Localization(Locale.SIMPLIFIED_CHINESE));
            stage.setScene(new Scene(workspace, 1200, 860));
            stage.show();
        });
    }

    @AfterEach
    void closeStore(FxRobot robot) {
        robot.interact(() -> stage.setScene(new Scene(new Region())));
        executor.shutdown();
        session.close();
    }

    @Test
    void aVisitIsFollowedByTheFiveFacesAndTheRatingNamesTheVisit(FxRobot robot) throws Exception {
        ListView<?> households = robot.lookup("#householdList").queryAs(ListView.class);
        waitUntil(() -> households.getItems().size() == 1);
        robot.interact(() -> households.getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#addVisitButton").queryButton().isDisabled());
        robot.clickOn("#addVisitButton");
        robot.clickOn("#field-purpose").write("高龄老人探访");
        robot.clickOn("#saveFormButton");

        waitUntil(() -> robot.lookup("#visitRatingPane").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<MemberRow> rater = robot.lookup("#visitRater").queryAs(ComboBox.class);
        assertEquals(rater.getItems().get(0), rater.getValue(), "the first member listed is asked first");
        assertEquals(2, rater.getItems().size(), "any member of the household may rate");
        MemberRow wangRow = rater.getItems().stream().filter(m -> m.name().equals("王秀英")).findFirst().orElseThrow();
        robot.interact(() -> rater.getSelectionModel().select(wangRow));
        Button close = robot.lookup("#visitRatingClose").queryButton();
        assertEquals("不评价，返回", close.getText());

        robot.clickOn("#rate-2");
        robot.clickOn("#rateTag-slow");
        robot.clickOn("#rateComment").write("等了很久");
        robot.clickOn("#rateSend");
        waitUntil(() -> "完成".equals(close.getText()));
        assertTrue(robot.lookup("#rateSend").queryButton().isDisabled(), "a rating is given once");

        FieldRecord visit = Registries.open(session, "test").visitsOf(
                Registries.open(session, "test").resident(wang).orElseThrow().string("householdId").orElseThrow())
                .get(0);
        List<SyncRecord> ratings = session.records().localViews(ServiceRating.TYPE);
        assertEquals(1, ratings.size());
        SyncRecord rating = ratings.get(0);
        assertEquals(visit.id(), rating.field("visitId"));
        assertEquals(wang, rating.field("residentId"));
        assertEquals(2L, ((Number) rating.field("level")).longValue());
        assertEquals(List.of("slow"), rating.field("tags"));
        assertEquals("等了很久", rating.field("comment"));
        assertEquals(RegistryFixtures.GRID, rating.field("grid"));
        assertTrue(session.records().pending(rating.key()).stream().anyMatch(edit -> edit.field().equals("visitId")
                && edit.value().equals(visit.id())), "it goes with the next sync");

        robot.clickOn("#visitRatingClose");
        waitUntil(() -> robot.lookup("#visitRatingPane").tryQuery().isEmpty());
        ListView<?> visits = robot.lookup("#visitList").queryAs(ListView.class);
        assertEquals(1, visits.getItems().size(), "back at the household, the visit listed");
    }
}
