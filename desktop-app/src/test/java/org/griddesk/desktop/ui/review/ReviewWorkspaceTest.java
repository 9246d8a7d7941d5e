package org.griddesk.desktop.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.griddesk.desktop.ui.testing.FxWaits.text;
import static org.griddesk.desktop.ui.testing.FxWaits.waitFor;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.griddesk.desktop.ui.testing.FxWaits;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.review.ReviewDecision;
import org.griddesk.desktop.service.review.ReviewPlatform;
import org.griddesk.desktop.service.review.ReviewService;
import org.griddesk.desktop.service.review.ReviewServices;
import org.griddesk.desktop.service.review.SendOutcome;
import org.griddesk.desktop.service.review.WaitingDecisions;
import org.griddesk.desktop.service.sync.SyncAccountStore;
import org.griddesk.desktop.service.sync.SyncDevices;
import org.griddesk.desktop.service.sync.SyncProgress;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.desktop.testing.CountyPlatformProcess;
import org.griddesk.desktop.testing.PlatformCalls;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.task.FxTaskExecutor;
import org.griddesk.model.record.UuidV7Generator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 审核 workspace against the real county platform: a supervisor resolves a phone-number conflict between two
 * devices field by field, a reason required, and the worker pulls the chosen value; a decision made while the
 * platform cannot be reached waits in the encrypted store and is sent later.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWorkspaceTest {
    private static final String SUPERVISOR = "li.supervisor";
    private static final String PASSWORD = "supervisor-password-2026";

    @TempDir
    static Path platformDir;
    private static CountyPlatformProcess platform;
    private static PlatformCalls calls;

    @TempDir
    Path deviceDir;
    private Stage stage;
    private EncryptedDeviceSession session;
    private FxTaskExecutor executor;
    private final UuidV7Generator ids = new UuidV7Generator();

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = CountyPlatformProcess.start(platformDir);
        platform.addUser(SUPERVISOR, "supervisor", PASSWORD);
        calls = new PlatformCalls(platform.url());
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
        if (executor != null) {
            executor.shutdown();
        }
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aSupervisorResolvesAPhoneConflictAndTheWorkerPullsTheChosenValue(FxRobot robot) throws Exception {
        String worker = new String(platform.workerPassword());
        String deviceA = calls.login(CountyPlatformProcess.WORKER, worker, "device-a");
        String deviceB = calls.login(CountyPlatformProcess.WORKER, worker, "device-b");
        String resident = ids.nextId();
        long now = System.currentTimeMillis();
        calls.push(deviceA, "device-a", "resident", resident, 0, resident("13800000001"), now);
        calls.push(deviceA, "device-a", "resident", resident, 1, Map.of("phone", "13800000002"), now + 1);
        JsonNode conflict = calls.push(deviceB, "device-b", "resident", resident, 1, Map.of("phone", "13800000003"),
                now + 2);
        assertEquals("conflict", conflict.path("status").asText(), conflict.toString());

        signInSupervisor();
        ReviewService review = ReviewServices.forSession(session).orElseThrow();
        ReviewViewModel model = new ReviewViewModel(review, executor);
        robot.interact(() -> {
            stage.setScene(new Scene(new ReviewView(model, new Localization(Localization.CHINESE)).build(), 1100,
                    700));
            stage.show();
        });
        ListView<QueueLine> queue = robot.lookup("#reviewQueue").queryListView();
        FxWaits.waitUntil(() -> queue.getItems().stream()
                .anyMatch(item -> item.kind().equals("conflict") && item.recordId().equals(resident)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#reviewCounts").startsWith("冲突 1"), text(robot, "#reviewCounts"));
        QueueLine item = queue.getItems().stream().filter(each -> each.kind().equals("conflict")).findFirst()
                .orElseThrow();
        assertTrue(queue.lookupAll(".list-cell").stream().map(cell -> ((Labeled) cell).getText())
                .anyMatch(line -> line != null && line.contains("138****0003")), "the list masks phone numbers");
        assertTrue(queue.lookupAll(".list-cell").stream().map(cell -> ((Labeled) cell).getText())
                .anyMatch(line -> line != null && line.startsWith("王五 · 冲突 · 人员")),
                "a line says whom it is about, in words");
        robot.interact(() -> queue.getSelectionModel().select(item));
        waitFor(robot, "#reviewTheirs-phone");

        robot.clickOn("#reviewTheirs-phone");
        robot.clickOn("#reviewResolve");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("请填写选择理由。", text(robot, "#reviewError"));
        assertEquals("open", calls.get("/api/v1/review/items/" + item.id(), supervisorToken()).path("item")
                .path("status").asText(), "nothing is sent without a reason");

        robot.clickOn("#reviewReason").write("与户主电话核实");
        robot.clickOn("#reviewResolve");
        FxWaits.waitUntil(() -> "已发送到平台。".equals(text(robot, "#reviewMessage")));

        JsonNode pulled = calls.pulled(deviceB, resident);
        assertEquals("13800000002", pulled.path("fields").path("phone").asText());
        assertEquals(4, pulled.path("rev").asLong(), "created, changed, changed again by the later edit, resolved");
        JsonNode after = calls.get("/api/v1/review/items/" + item.id(), supervisorToken());
        assertEquals("resolved", after.path("item").path("status").asText());
        JsonNode history = after.path("history");
        assertEquals("与户主电话核实", history.get(history.size() - 1).path("comment").asText());
    }

    @Test
    void anApplicationNeedingMaterialsIsDecidedAndTheWorkerPullsTheDecision(FxRobot robot) throws Exception {
        String worker = calls.login(CountyPlatformProcess.WORKER, new String(platform.workerPassword()), "device-d");
        String application = ids.nextId();
        JsonNode pushed = calls.push(worker, "device-d", "application", application, 0, Map.of("grid",
                CountyPlatformProcess.GRID,
                "templateId", "elderly_allowance", "templateVersion", "2025.1", "residentId", ids.nextId(),
                "status", "submitted", "answers", elderlyAllowanceAnswers()), System.currentTimeMillis());
        assertEquals("applied", pushed.path("status").asText(), pushed.toString());
        signInSupervisor();
        // the supervisor's laptop holds the templates once it has synced
        assertTrue(SyncServices.of(session, SyncDevices.QUICK).sync(SyncProgress.NONE, () -> false).completed());
        ReviewViewModel model = new ReviewViewModel(ReviewServices.forSession(session).orElseThrow(), executor);
        robot.interact(() -> {
            stage.setScene(new Scene(new ReviewView(model, new Localization(Localization.CHINESE)).build(), 1100,
                    700));
            stage.show();
        });
        ListView<QueueLine> queue = robot.lookup("#reviewQueue").queryListView();
        FxWaits.waitUntil(() -> queue.getItems().stream()
                .anyMatch(item -> item.recordId().equals(application)));
        QueueLine item = queue.getItems().stream().filter(each -> each.recordId().equals(application))
                .findFirst().orElseThrow();
        assertEquals("application", item.kind());
        robot.interact(() -> queue.getSelectionModel().select(item));
        waitFor(robot, "#reviewDecide");
        waitFor(robot, "#reviewApplicationForm .label");
        List<String> form = robot.lookup("#reviewApplicationForm .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        assertTrue(form.contains("张桂兰"), form.toString());
        assertTrue(form.stream().noneMatch(text -> text.contains("11010519491231002X")
                || text.contains("6228480123456789012") || text.contains("13800138000")),
                "numbers are masked in the laid-out form: " + form);
        assertTrue(form.stream().anyMatch(text -> text.equals("1101**********002X")), form.toString());
        assertTrue(robot.lookup("#reviewApplicationNoTemplate").tryQuery().isEmpty());

        robot.interact(() -> model.forms().decisionProperty().set("needs_materials"));
        robot.clickOn("#reviewDecide");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("请列出群众还需补充的材料。", text(robot, "#reviewError"));
        robot.clickOn("#reviewMissing").write("户口本、收入证明");
        robot.clickOn("#reviewComment").write("请下周带齐材料");
        robot.clickOn("#reviewDecide");
        FxWaits.waitUntil(() -> "已发送到平台。".equals(text(robot, "#reviewMessage")));

        JsonNode fields = calls.pulled(worker, application).path("fields");
        assertEquals("needs_materials", fields.path("status").asText());
        assertEquals("户口本", fields.path("missingMaterials").get(0).asText());
        assertEquals("收入证明", fields.path("missingMaterials").get(1).asText());
        assertEquals("请下周带齐材料", fields.path("decisionComment").asText());
    }

    @Test
    void aPoorRatingIsCalledBackWithARectificationWhoseDeadlineCountsDownUntilItIsDone(FxRobot robot)
            throws Exception {
        String worker = calls.login(CountyPlatformProcess.WORKER, new String(platform.workerPassword()), "device-f");
        String rating = ids.nextId();
        calls.push(worker, "device-f", "service_rating", rating, 0, Map.of("grid", CountyPlatformProcess.GRID,
                "residentId", ids.nextId(), "worker", CountyPlatformProcess.WORKER, "level", 1,
                "comment", "等了很久"), System.currentTimeMillis());
        signInSupervisor();
        ReviewViewModel model = new ReviewViewModel(ReviewServices.forSession(session).orElseThrow(), executor);
        robot.interact(() -> {
            stage.setScene(new Scene(new ReviewView(model, new Localization(Localization.CHINESE)).build(), 1100,
                    700));
            stage.show();
        });
        ListView<QueueLine> queue = robot.lookup("#reviewQueue").queryListView();
        select(robot, queue, rating);
        waitFor(robot, "#reviewCallback");
        // the rating pane's button exists before the item arrives; its deadline is set with the item
        FxWaits.waitUntil(() -> !text(robot, "#reviewDeadline").isEmpty(), "the rating's deadline");
        assertTrue(text(robot, "#reviewDeadline").matches("回访期限 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}（还剩 3 个工作日）"),
                text(robot, "#reviewDeadline"));

        robot.clickOn("#reviewOutcome").write("已致歉，说明了办理进度");
        robot.clickOn("#reviewRectification").write("五个工作日内上门办结");
        robot.clickOn("#reviewCallback");
        FxWaits.waitUntil(() -> "已发送到平台。".equals(text(robot, "#reviewMessage")));
        FxWaits.waitUntil(() -> queue.getItems().stream().anyMatch(line -> line.recordId().equals(rating)
                && "rectifying".equals(line.status())));

        select(robot, queue, rating);
        waitFor(robot, "#reviewRectify");
        FxWaits.waitUntil(() -> text(robot, "#reviewDeadline").startsWith("整改期限"), "the rectification's deadline");
        assertEquals("回访时约定的整改措施：五个工作日内上门办结", text(robot, "#reviewAgreedRectification"));
        assertTrue(text(robot, "#reviewDeadline").startsWith("整改期限 "), text(robot, "#reviewDeadline"));
        robot.clickOn("#reviewRectify");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("请写明已经做了哪些整改。", text(robot, "#reviewError"));
        robot.clickOn("#reviewRectified").write("已上门办结并回复群众");
        robot.clickOn("#reviewRectify");
        FxWaits.waitUntil(() -> queue.getItems().stream().noneMatch(line -> line.recordId().equals(rating)),
                "the rectified rating to leave the queue");

        String token = supervisorToken();
        JsonNode done = null;
        for (JsonNode each : calls.get("/api/v1/review/items?kind=rating&status=all", token).path("items")) {
            if (each.path("recordId").asText().equals(rating)) {
                done = each;
            }
        }
        assertTrue(done != null, "the rating is still listed under all statuses");
        assertEquals("已发送到平台。", text(robot, "#reviewMessage"));
        assertEquals("resolved", done.path("status").asText());
        assertEquals(false, done.path("detail").path("rectifiedLate").asBoolean());
        assertEquals("五个工作日内上门办结", done.path("detail").path("rectification").asText());
    }

    @Test
    void aDuplicateShowsWhatTheMergeWouldDoBeforeItIsMerged(FxRobot robot) throws Exception {
        String worker = calls.login(CountyPlatformProcess.WORKER, new String(platform.workerPassword()), "device-g");
        String first = ids.nextId();
        String second = ids.nextId();
        String east = ids.nextId();
        String west = ids.nextId();
        long now = System.currentTimeMillis();
        calls.push(worker, "device-g", "household", east, 0, household("东街 3 号"), now - 2);
        calls.push(worker, "device-g", "household", west, 0, household("西街 8 号"), now - 1);
        calls.push(worker, "device-g", "resident", first, 0, person("11010519491231002X", null, east), now);
        calls.push(worker, "device-g", "resident", second, 0, person("11010519491231002X", "13600000009", west),
                now + 1);
        calls.push(worker, "device-g", "visit", ids.nextId(), 0, Map.of("grid", CountyPlatformProcess.GRID,
                "householdId", ids.nextId(), "date", "2026-11-05", "purpose", "入户走访",
                "worker", CountyPlatformProcess.WORKER, "residentId", second), now + 2);
        signInSupervisor();
        ReviewViewModel model = new ReviewViewModel(ReviewServices.forSession(session).orElseThrow(), executor);
        robot.interact(() -> {
            stage.setScene(new Scene(new ReviewView(model, new Localization(Localization.CHINESE)).build(), 1100,
                    700));
            stage.show();
            model.kindProperty().set("duplicate");
        });
        ListView<QueueLine> queue = robot.lookup("#reviewQueue").queryListView();
        select(robot, queue, second);
        waitFor(robot, "#reviewMerge");
        FxWaits.waitUntil(() -> !text(robot, "#reviewMergePreview").isEmpty(), "the merge preview");

        assertEquals("合并后保留先登记的人员，本条人员标记为已合并并从各设备移除。保留人员从本条补入的字段：联系电话。"
                + "改为指向保留人员的记录：走访记录 1 条。", text(robot, "#reviewMergePreview"));
        assertEquals("性别", text(robot, "#reviewField-sex"), "fields by the names the register uses");
        assertTrue(robot.lookup("#reviewFields .label").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .anyMatch("女"::equals), "sex 2 reads 女");
        assertTrue(robot.lookup("#reviewFields .label").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .noneMatch("11010519491231002X"::equals), "the identity number stays masked");
        List<String> shown = robot.lookup("#reviewFields .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        assertTrue(shown.contains("西街 8 号") && shown.contains("东街 3 号"), "所属户 by address: " + shown);
        assertTrue(!shown.contains(east) && !shown.contains(west), "no household id on screen: " + shown);
    }

    private static Map<String, Object> household(String address) {
        return Map.of("grid", CountyPlatformProcess.GRID, "divisionCode", CountyPlatformProcess.GRID,
                "address", address, "householdType", "1");
    }

    private static Map<String, Object> person(String idNumber, String phone) {
        return person(idNumber, phone, new UuidV7Generator().nextId());
    }

    private static Map<String, Object> person(String idNumber, String phone, String householdId) {
        Map<String, Object> fields = new HashMap<>(Map.of("grid", CountyPlatformProcess.GRID, "householdId",
                householdId, "name", "钱七", "sex", "2", "birthDate", "1949-12-31",
                "relation", "02", "idNumber", idNumber));
        if (phone != null) {
            fields.put("phone", phone);
        }
        return fields;
    }

    private static void select(FxRobot robot, ListView<QueueLine> queue, String recordId) throws Exception {
        FxWaits.waitUntil(() -> queue.getItems().stream().anyMatch(line -> line.recordId().equals(recordId)));
        QueueLine line = queue.getItems().stream().filter(each -> each.recordId().equals(recordId)).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            queue.getSelectionModel().clearSelection();
            queue.getSelectionModel().select(line);
        });
    }

    @Test
    void twoNewResidentsPickedInTheListAreApprovedAtOnce(FxRobot robot) throws Exception {
        String worker = calls.login(CountyPlatformProcess.WORKER, new String(platform.workerPassword()), "device-e");
        String first = ids.nextId();
        String second = ids.nextId();
        long now = System.currentTimeMillis();
        calls.push(worker, "device-e", "resident", first, 0, resident("13700000001"), now);
        calls.push(worker, "device-e", "resident", second, 0, resident("13700000002"), now + 1);
        signInSupervisor();
        ReviewViewModel model = new ReviewViewModel(ReviewServices.forSession(session).orElseThrow(), executor);
        robot.interact(() -> {
            stage.setScene(new Scene(new ReviewView(model, new Localization(Localization.CHINESE)).build(), 1100,
                    700));
            stage.show();
        });
        ListView<QueueLine> queue = robot.lookup("#reviewQueue").queryListView();
        List<String> mine = List.of(first, second);
        FxWaits.waitUntil(() -> queue.getItems().stream()
                .filter(line -> mine.contains(line.recordId())).count() == 2);
        List<QueueLine> picked = queue.getItems().stream().filter(line -> mine.contains(line.recordId())).toList();
        assertTrue(picked.stream().allMatch(line -> line.kind().equals("record")), picked.toString());
        robot.interact(() -> {
            queue.getSelectionModel().clearSelection();
            picked.forEach(line -> queue.getSelectionModel().select(line));
        });
        waitFor(robot, "#reviewApprove");
        assertEquals("新增或变更记录：人员 王五", text(robot, "#reviewItemTitle"));

        robot.clickOn("#reviewApproveSelected");
        FxWaits.waitUntil(() -> text(robot, "#reviewMessage").startsWith("已通过 2 项，0 项等待发送"));

        String token = supervisorToken();
        for (QueueLine line : picked) {
            assertEquals("approved", calls.get("/api/v1/review/items/" + line.id(), token).path("item")
                    .path("status").asText(), line.recordId());
        }
    }

    @Test
    void aDecisionMadeOfflineWaitsInTheEncryptedStoreAndIsSentLater() throws Exception {
        String worker = calls.login(CountyPlatformProcess.WORKER, new String(platform.workerPassword()), "device-c");
        String resident = ids.nextId();
        calls.push(worker, "device-c", "resident", resident, 0, resident("13900000001"), System.currentTimeMillis());
        signInSupervisor();
        String token = supervisorToken();
        long itemId = 0;
        int version = 0;
        for (JsonNode item : calls.get("/api/v1/review/items?kind=record", token).path("items")) {
            if (item.path("recordId").asText().equals(resident)) {
                itemId = item.path("id").asLong();
                version = item.path("version").asInt();
            }
        }
        assertTrue(itemId > 0, "the new resident is queued for review");
        WaitingDecisions waiting = new WaitingDecisions(session.store().settings());
        ReviewService offline = new ReviewService(new ReviewPlatform("http://127.0.0.1:" + closedPort(),
                () -> token), waiting, Clock.systemUTC());

        SendOutcome outcome = offline.decide(new ReviewDecision(itemId, "approve", version,
                Map.of("comment", "属实")));
        assertEquals(SendOutcome.Kind.WAITING, outcome.kind());
        assertEquals(SendOutcome.Kind.WAITING, offline.decide(new ReviewDecision(itemId, "return", version,
                Map.of("comment", "再核实一下"))).kind(), "a second look at the same item, made before the first was sent");
        session.close();
        session = SyncDevices.unlock(deviceDir);
        ReviewService online = ReviewServices.forSession(session).orElseThrow();
        assertEquals(2, online.waitingCount(), "the decisions survived closing the store");
        assertEquals(List.of(SendOutcome.Kind.SENT, SendOutcome.Kind.CONFLICT), online.sendWaiting().stream()
                .map(SendOutcome::kind).toList(), "sent in the order they were made; the second finds the first");
        assertEquals(0, online.waitingCount());
        List<SendOutcome> late = online.takeLateAnswers();
        assertEquals(1, late.size());
        assertEquals(SUPERVISOR, late.get(0).by());
        assertEquals("approved", late.get(0).status());
        assertEquals("approved", calls.get("/api/v1/review/items/" + itemId, token).path("item").path("status")
                .asText());
    }

    private void signInSupervisor() throws Exception {
        session = SyncDevices.create(deviceDir);
        executor = new FxTaskExecutor();
        SyncServices.of(session, SyncDevices.QUICK).signIn(platform.url(), SUPERVISOR, PASSWORD.toCharArray());
    }

    private String supervisorToken() {
        return new SyncAccountStore(session.store().settings()).token().orElseThrow();
    }

    private static Map<String, Object> resident(String phone) {
        Map<String, Object> fields = new HashMap<>(Map.of("grid", CountyPlatformProcess.GRID, "householdId",
                new UuidV7Generator().nextId(), "name", "王五", "sex", "1", "birthDate", "1980-01-01",
                "relation", "02"));
        fields.put("phone", phone);
        return fields;
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Answers the platform's check of the built-in 高龄津贴 template accepts (it checks every application). */
    private static Map<String, Object> elderlyAllowanceAnswers() {
        return Map.of("applicant", Map.of("name", "张桂兰", "id_number", "11010519491231002X", "sex", "2",
                        "birth_date", java.time.LocalDate.now().minusYears(85).minusDays(3).toString(),
                        "phone", "13800138000", "address", "幸福村3组12号"),
                "age_band", "80",
                "bank", Map.of("bank_name", "abc", "account_holder", "张桂兰", "bank_account", "6228480123456789012"),
                "materials", "id_card hukou bank_card", "by_proxy", "no", "signature", "3f1a9c0e.png");
    }
}
