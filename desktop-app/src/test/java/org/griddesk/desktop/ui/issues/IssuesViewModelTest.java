package org.griddesk.desktop.ui.issues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.issues.Issue;
import org.griddesk.desktop.service.issues.IssuePriority;
import org.griddesk.desktop.service.issues.IssueStatus;
import org.griddesk.desktop.service.map.FieldWork;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.map.MapWorkspaceViewModel;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.model.record.Location;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.model.record.ReviewReturn;
import org.griddesk.sync.record.SyncRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 事件 view-models without a screen, on a real encrypted store. */
class IssuesViewModelTest {

    @TempDir
    Path dataDir;
    private EncryptedDeviceSession session;
    private FieldWork work;
    private IssuesViewModel viewModel;
    private IssueFormViewModel form;

    @BeforeEach
    void open() throws Exception {
        EncryptedVault vault = new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000),
                Duration.ofHours(1));
        session = vault.create("Issues-vm-口令-2026".toCharArray());
        LocalChanges changes = new LocalChanges(session.records(), session.clock());
        changes.set(new RecordKey("household", "h-1"), Map.of("address", "幸福村1组3号",
                "location", new Location(108.3811, 30.8113).toWire()));
        changes.set(new RecordKey("resident", "r-1"), Map.of("householdId", "h-1", "name", "张三"));
        changes.set(new RecordKey("resident", "r-2"), Map.of("householdId", "h-1", "name", "李四"));
        changes.set(new RecordKey("resident", "r-3"), Map.of("householdId", "h-2", "name", "王五"));
        work = FieldWork.forSession(session);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        viewModel = new IssuesViewModel(work, new MapWorkspaceViewModel(work.map(), executor, new RecordingDialogService()), executor);
        form = viewModel.form();
        viewModel.load();
    }

    @AfterEach
    void close() {
        work.close();
        session.close();
    }

    private void fill(int topIndex, int subIndex, String title, IssuePriority priority) {
        form.topCategoryProperty().set(form.topCategories().get(topIndex));
        if (subIndex >= 0) {
            form.subCategoryProperty().set(form.subCategories().get(subIndex));
        }
        form.titleProperty().set(title);
        form.priorityProperty().set(priority);
        form.picked(108.38, 30.81);
        form.save();
    }

    @Test
    void aHouseholdGivesThePlaceAndItsResidentsToChooseFrom() {
        assertEquals(1, form.households().size());
        form.householdProperty().set(form.households().get(0));

        assertEquals(new Location(108.3811, 30.8113), form.locationProperty().get());
        assertEquals(List.of("张三", "李四"), form.residents().stream().map(r -> r.name()).sorted().toList());

        form.chosenResidents().setAll(form.residents().stream().filter(r -> r.name().equals("李四")).toList());
        form.topCategoryProperty().set(form.topCategories().get(0));
        form.titleProperty().set("宅基地边界争议");
        form.save();

        Issue saved = viewModel.selectedProperty().get();
        assertEquals(List.of("r-2"), saved.residentIds());
        assertEquals(new Location(108.3811, 30.8113), saved.location());
        assertEquals("dispute", saved.category());
        assertEquals(new Message("issues.form.saved", "宅基地边界争议"), form.noticeProperty().get());
        assertEquals("", form.titleProperty().get(), "the form is empty again for the next issue");
    }

    @Test
    void refusalsLandOnTheirFieldsAndNothingIsSaved() {
        form.titleProperty().set("   ");
        form.locationProperty().set(new Location(2.35, 48.85));

        form.save();

        assertEquals(new Message("issues.problem.title_required"), form.titleErrorProperty().get());
        assertEquals(new Message("issues.problem.category_unknown"), form.categoryErrorProperty().get());
        assertEquals(new Message("issues.problem.location_outside_china"), form.locationErrorProperty().get());
        assertTrue(viewModel.shownIssues().isEmpty());
        assertTrue(session.records().outbox().stream().noneMatch(entry -> entry.record().type().equals("issue")));
    }

    @Test
    void theListFiltersByStatusCategoryAndPriority() {
        fill(0, 0, "邻里噪音", IssuePriority.LOW);
        fill(1, 0, "消防通道堵塞", IssuePriority.URGENT);
        fill(1, 1, "燃气管老化", IssuePriority.HIGH);
        viewModel.move(IssueStatus.ACCEPTED);

        assertEquals(3, viewModel.shownIssues().size());
        viewModel.filterCategory(form.topCategories().get(1));
        assertEquals(List.of("燃气管老化", "消防通道堵塞"), titles());
        viewModel.filterPriority(IssuePriority.URGENT);
        assertEquals(List.of("消防通道堵塞"), titles());
        viewModel.filterPriority(IssueTexts.ALL);
        viewModel.filterStatus(IssueStatus.ACCEPTED);
        assertEquals(List.of("燃气管老化"), titles());
        viewModel.filterCategory(IssueTexts.ALL);
        viewModel.filterStatus(IssueTexts.ALL);
        assertEquals(3, viewModel.shownIssues().size());
    }

    @Test
    void anIssueAskedForFromTodayIsSelectedWithTheFiltersClearedAndStaysSoAfterTheListIsReadAgain() {
        fill(0, 0, "邻里噪音", IssuePriority.LOW);
        fill(1, 0, "消防通道堵塞", IssuePriority.URGENT);
        String noise = viewModel.shownIssues().stream().filter(issue -> issue.title().equals("邻里噪音"))
                .findFirst().orElseThrow().id();
        viewModel.filterPriority(IssuePriority.URGENT);
        assertEquals(List.of("消防通道堵塞"), titles());

        viewModel.show(noise);
        assertEquals(noise, viewModel.selectedProperty().get().id());
        assertEquals(2, viewModel.shownIssues().size(), "no filter hides the issue asked for");

        viewModel.load(); // opening the workspace reads the list again
        assertEquals(noise, viewModel.selectedProperty().get().id());
    }

    @Test
    void anIssueASupervisorReturnedCarriesTheCommentToTheDetailUntilItIsApproved() {
        fill(0, 0, "邻里噪音", IssuePriority.LOW);
        String id = viewModel.selectedProperty().get().id();
        assertNull(viewModel.returnedProperty().get());
        RecordKey key = new RecordKey("issue", id);
        SyncRecord mine = session.records().localView(key).orElseThrow();
        Map<String, Object> fields = new java.util.HashMap<>(mine.fields());
        fields.putAll(Map.of("reviewStatus", "returned", "reviewComment", "请补充具体位置",
                "reviewedBy", "li.supervisor", "reviewedAt", "2026-12-07T02:00:00Z"));
        // as a pull applies the platform's revision: base and local view
        SyncRecord returned = new SyncRecord("issue", id, fields, mine.rev() + 1, false);
        session.records().putBase(returned);
        session.records().putLocalView(returned);

        viewModel.load();
        viewModel.show(id);

        assertEquals(new ReviewReturn("请补充具体位置", "li.supervisor", "2026-12-07T02:00:00Z"),
                viewModel.returnedProperty().get());
        fields.put("reviewStatus", "approved");
        SyncRecord approved = new SyncRecord("issue", id, fields, mine.rev() + 2, false);
        session.records().putBase(approved);
        session.records().putLocalView(approved);
        viewModel.load();
        viewModel.show(id);
        assertNull(viewModel.returnedProperty().get());
    }

    @Test
    void aReturnWithoutAReasonIsRefusedThenAcceptedWithOne() {
        fill(4, 0, "夜间盗窃", IssuePriority.HIGH);
        assertEquals(List.of(IssueStatus.ACCEPTED, IssueStatus.RETURNED), viewModel.steps());

        viewModel.move("returned");
        assertEquals(new Message("issues.problem.reason_required"), viewModel.stepErrorProperty().get());
        assertEquals(IssueStatus.REPORTED, viewModel.selectedProperty().get().status());

        viewModel.stepNoteProperty().set("位置不准确，请重新选点");
        viewModel.move("returned");

        assertNull(viewModel.stepErrorProperty().get());
        assertEquals(IssueStatus.RETURNED, viewModel.selectedProperty().get().status());
        assertEquals("位置不准确，请重新选点", viewModel.timeline().get(1).note());
        assertEquals(List.of(IssueStatus.REPORTED), viewModel.steps());
    }

    @Test
    void aFileThatIsNoPictureIsNotAttached() throws Exception {
        Path text = dataDir.resolve("notes.png");
        Files.writeString(text, "这不是图片");

        form.attachPhoto(text);

        assertEquals(new Message("issues.photo.notAPhoto"), form.noticeProperty().get());
        assertTrue(form.photoNames().isEmpty());
        if (Files.exists(dataDir.resolve("blobs"))) {
            try (var files = Files.list(dataDir.resolve("blobs"))) {
                assertTrue(files.findAny().isEmpty());
            }
        }
    }

    @Test
    void aPhotoIsAddedToAnIssueAlreadyReported() throws Exception {
        fill(0, -1, "路灯损坏", IssuePriority.NORMAL);
        Issue reported = viewModel.selectedProperty().get();
        assertTrue(viewModel.selectedPhotos().isEmpty());
        Path png = dataDir.resolve("lamp.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Path text = dataDir.resolve("notes.jpg");
        Files.writeString(text, "这不是图片");

        viewModel.addPhoto(text);
        assertEquals(new Message("issues.photo.notAPhoto"), viewModel.stepErrorProperty().get());
        assertTrue(viewModel.selectedPhotos().isEmpty());

        viewModel.addPhoto(png);

        String sha256 = EncryptedBlobStore.sha256(Files.readAllBytes(png));
        assertNull(viewModel.stepErrorProperty().get());
        assertEquals(List.of(sha256), viewModel.selectedPhotos());
        assertEquals(reported.id(), viewModel.selectedProperty().get().id());
        assertArrayEquals(Files.readAllBytes(png), work.photos().read(sha256));
        viewModel.load();
        assertEquals(List.of(sha256), viewModel.selectedProperty().get().photos(), "stored in the issue");
    }

    private List<String> titles() {
        return viewModel.shownIssues().stream().map(Issue::title).toList();
    }
}
