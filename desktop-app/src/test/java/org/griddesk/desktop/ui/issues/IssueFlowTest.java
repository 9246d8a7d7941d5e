package org.griddesk.desktop.ui.issues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.griddesk.desktop.ui.testing.FxWaits.text;
import static org.griddesk.desktop.ui.testing.FxWaits.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;

import org.griddesk.desktop.ui.testing.FreshWorkspace;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.issues.Issue;
import org.griddesk.desktop.service.issues.IssueStatus;
import org.griddesk.desktop.service.issues.TimelineEntry;
import org.griddesk.desktop.service.map.FieldWork;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.griddesk.desktop.ui.map.MapWorkspaceViewModel;
import org.griddesk.map.fx.MapView;
import org.griddesk.map.layer.FeatureLayer;
import org.griddesk.sync.record.RecordKey;
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
 * A worker logs an issue in the 事件 workspace on a real encrypted store: place picked by clicking the map, a
 * photo attached, then the issue walked through 受理 and 处置中 to 办结, with the timeline on screen.
 */
@ExtendWith(ApplicationExtension.class)
class IssueFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path pictures;
    private Stage stage;
    private FreshWorkspace fresh;
    private EncryptedDeviceSession session;
    private FieldWork work;
    private IssuesViewModel viewModel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openWorkspace(FxRobot robot) throws Exception {
        fresh = FreshWorkspace.create(robot, stage, dataDir, "Issue-flow-口令-2026");
        session = fresh.session();
        work = fresh.services().fieldWork().orElseThrow();
        MapWorkspaceViewModel[] map = new MapWorkspaceViewModel[1];
        fresh.show(() -> {
            map[0] = new MapWorkspaceViewModel(work.map(), fresh.executor(), fresh.dialogs());
            viewModel = new IssuesViewModel(work, map[0], fresh.executor());
            return new IssuesView(viewModel, fresh.localization()).root();
        }, 1280, 800);
        robot.interact(() -> {
            map[0].load();
            viewModel.load();
        });
    }

    @AfterEach
    void closeStore() {
        fresh.close();
    }

    @Test
    void logAnIssueOnTheMapWithAPhotoAndCloseIt(FxRobot robot) throws Exception {
        MapView map = robot.lookup("#issuesMap").queryAs(MapView.class);
        waitUntil(() -> map.getLayers().size() >= 5, "the demo base map is shown");

        robot.clickOn("#issueSave");
        waitUntil(() -> !text(robot, "#issueTitleError").isEmpty(), "an empty form is refused");
        assertEquals("请填写标题。", text(robot, "#issueTitleError"));
        assertEquals("请选择事件类别。", text(robot, "#issueCategoryError"));
        assertEquals("请在地图上选点，或选择住户位置。", text(robot, "#issueLocationError"));

        robot.interact(() -> {
            ComboBox<?> top = robot.lookup("#issueCategory").queryAs(ComboBox.class);
            top.getSelectionModel().select(3);
            ComboBox<?> sub = robot.lookup("#issueSubCategory").queryAs(ComboBox.class);
            sub.getSelectionModel().select(3);
            robot.lookup("#issueTitle").queryAs(TextField.class).setText("3号路路灯不亮");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("基础设施", robot.lookup("#issueCategory").queryAs(ComboBox.class).getButtonCell().getText());
        assertEquals("路灯照明", robot.lookup("#issueSubCategory").queryAs(ComboBox.class).getButtonCell().getText());

        robot.clickOn("#issuePickLocation");
        assertTrue(map.isPickMode());
        robot.clickOn(map);
        waitUntil(() -> text(robot, "#issueLocation").startsWith("经度"), "the clicked place is taken");
        assertTrue(!map.isPickMode(), "pick mode ends with the click");
        assertTrue(map.markedLocationProperty().get() != null, "the picked place is marked before the issue is saved");

        Path png = pictures.resolve("lamp.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        robot.interact(() -> viewModel.form().attachPhoto(png));
        waitUntil(() -> thumbnails(robot, "#issuePhotos").stream().anyMatch(view -> view.getImage() != null), "the thumbnail shows");

        robot.clickOn("#issueSave");
        waitUntil(() -> robot.lookup("#issueList").queryAs(ListView.class).getItems().size() == 1, "the issue is listed");
        Issue saved = viewModel.selectedProperty().get();
        assertEquals("3号路路灯不亮", saved.title());
        waitUntil(() -> map.markedLocationProperty().get() == null, "the saved issue's own pin replaces the mark");
        assertEquals("infrastructure.lighting", saved.category());
        assertTrue(saved.location().lon() > 108 && saved.location().lon() < 109, saved.location().toString());
        String sha256 = EncryptedBlobStore.sha256(Files.readAllBytes(png));
        assertEquals(List.of(sha256), saved.photos());
        assertArrayEquals(Files.readAllBytes(png), work.photos().read(sha256));
        assertTrue(Files.isRegularFile(dataDir.resolve("blobs").resolve(sha256)));
        waitUntil(() -> pinsOf(map, "issues_reported") == 1, "the new issue's pin is on the map");
        waitUntil(() -> map.selectedFeatureProperty().get() != null
                && saved.id().equals(map.selectedFeatureProperty().get().text("recordId")),
                "the map highlights the selected issue's pin");
        waitUntil(() -> thumbnails(robot, "#issueDetailPhotos").stream().anyMatch(view -> view.getImage() != null),
                "the saved issue shows its photo");

        // the whole summary is shown where there is room: no line cut off with "…"
        javafx.scene.control.Label summary = robot.lookup("#issueSummary").queryAs(javafx.scene.control.Label.class);
        assertTrue(summary.getText().contains("路灯照明"), summary.getText());
        waitUntil(() -> summary.getText().strip().equals(summary.lookupAll(".text").stream()
                .filter(javafx.scene.text.Text.class::isInstance)
                .map(node -> ((javafx.scene.text.Text) node).getText()).findFirst().orElse("").strip()),
                "every line of the summary is drawn");

        robot.clickOn("#step-returned");
        waitUntil(() -> !text(robot, "#issueStepError").isEmpty(), "a return without reason is refused");
        assertEquals("退回事件必须填写原因。", text(robot, "#issueStepError"));

        step(robot, "#step-accepted", IssueStatus.ACCEPTED);
        robot.interact(() -> robot.lookup("#issueStepNote").queryAs(TextField.class).setText("已通知电工"));
        step(robot, "#step-in_progress", IssueStatus.IN_PROGRESS);
        step(robot, "#step-resolved", IssueStatus.RESOLVED);

        ListView<?> timeline = robot.lookup("#issueTimeline").queryAs(ListView.class);
        assertEquals(4, timeline.getItems().size());
        List<String> shown = timeline.lookupAll(".list-cell").stream()
                .map(cell -> (javafx.scene.control.ListCell<?>) cell)
                .filter(cell -> cell.getText() != null && !cell.getText().isEmpty())
                .sorted(java.util.Comparator.comparingInt(javafx.scene.control.ListCell::getIndex))
                .map(Labeled::getText).toList();
        assertEquals(4, shown.size(), shown.toString());
        // steps taken before the first sign-in name this computer, never its 36-character device id
        String actor = "本机（登录前记录）";
        assertTrue(shown.stream().noneMatch(line -> line.contains(session.clock().deviceId())), shown.toString());
        assertTrue(shown.get(0).endsWith(" 上报 · " + actor), shown.get(0));
        assertTrue(shown.get(2).endsWith(" 处置中：已通知电工 · " + actor), shown.get(2));
        assertTrue(shown.get(3).endsWith(" 办结 · " + actor), shown.get(3));
        assertTrue(robot.lookup("#step-archived").tryQuery().isPresent(), "办结 may still be archived");

        Issue stored = work.issues().find(saved.id()).orElseThrow();
        assertEquals(IssueStatus.RESOLVED, stored.status());
        assertEquals(List.of(IssueStatus.REPORTED, IssueStatus.ACCEPTED, IssueStatus.IN_PROGRESS, IssueStatus.RESOLVED),
                stored.timeline().stream().map(TimelineEntry::status).toList());
        assertTrue(session.records().pending(new RecordKey("issue", saved.id())).size() >= 11,
                "everything went through the outbox of the real store");
        waitUntil(() -> pinsOf(map, "issues_resolved") == 1, "the pin moved to the 办结 colour");
    }

    private void step(FxRobot robot, String button, IssueStatus expected) throws TimeoutException {
        waitUntil(() -> robot.lookup(button).tryQuery().isPresent(), button + " is offered");
        robot.clickOn(button);
        waitUntil(() -> viewModel.selectedProperty().get().status() == expected, "the issue is " + expected);
    }

    private static List<ImageView> thumbnails(FxRobot robot, String pane) {
        FlowPane photos = robot.lookup(pane).queryAs(FlowPane.class);
        return photos.getChildren().stream().filter(ImageView.class::isInstance).map(ImageView.class::cast).toList();
    }

    private static long pinsOf(MapView map, String layer) {
        return map.getLayers().stream().filter(l -> l.name().equals(layer))
                .mapToLong(l -> ((FeatureLayer) l.layer()).featureCount()).sum();
    }
}
