package org.griddesk.desktop.ui.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.griddesk.desktop.ui.testing.FxWaits.text;
import static org.griddesk.desktop.ui.testing.FxWaits.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.griddesk.desktop.ui.testing.FreshWorkspace;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.applications.Application;
import org.griddesk.desktop.service.applications.ApplicationFields;
import org.griddesk.desktop.service.applications.ApplicationFixtures;
import org.griddesk.desktop.service.applications.ApplicationStatus;
import org.griddesk.desktop.service.receipts.ReceiptReading;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
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
 * The 高龄津贴 flow of the 代办 workspace on a real encrypted store, the template as a synced record: started from a
 * resident, prefilled from the registry, the template's own message on a wrong bank account, the proxy questions
 * appearing for 代办人, the identity card taken from the scanner folder, a signature drawn on the pad, submitted, and
 * the receipt and the filled-in form read back from their PDFs.
 */
@ExtendWith(ApplicationExtension.class)
class ApplicationFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path out;
    @TempDir
    Path scans;
    private Stage stage;
    private FreshWorkspace fresh;
    private EncryptedDeviceSession session;
    private ApplicationsViewModel viewModel;
    private String wang;
    private RecordingDialogService dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openWorkspace(FxRobot robot) throws Exception {
        fresh = FreshWorkspace.create(robot, stage, dataDir, "代办-流程-测试-2026");
        session = fresh.session();
        dialogs = fresh.dialogs();
        wang = ApplicationFixtures.residents(session);
        ApplicationFixtures.pullTemplate(session.records());
        ApplicationsWorkspace[] workspace = new ApplicationsWorkspace[1];
        fresh.show(() -> {
            workspace[0] = ApplicationsWorkspace.of(fresh.services().applications(), fresh.executor(), dialogs,
                    fresh.localization()).orElseThrow();
            return workspace[0].view();
        }, 1280, 800);
        viewModel = workspace[0].viewModel();
        robot.interact(viewModel::load);
    }

    @AfterEach
    void closeStore() {
        fresh.close();
    }

    @Test
    void theGaolingJintieFlowFromAResidentToTheReceipt(FxRobot robot) throws Exception {
        waitUntil(() -> viewModel.residents().size() == 2, "the residents are listed");
        robot.clickOn(cellStartingWith(robot, "王秀英"));
        waitUntil(() -> robot.lookup("#template-gaoling_jintie").tryQuery().isPresent(), "the template is offered");
        assertTrue(robot.lookup("#template-gaoling_jintie").queryButton().getText().contains("推荐"),
                "suggested for a resident over 80");
        robot.clickOn("#template-gaoling_jintie");

        waitUntil(() -> robot.lookup("#q-data-applicant-name").tryQuery().isPresent(), "the form is shown");
        assertEquals("王秀英", field(robot, "#q-data-applicant-name").getText());
        assertEquals(ApplicationFixtures.WANG_ID, field(robot, "#q-data-applicant-idNumber").getText());
        assertEquals(LocalDate.of(1942, 3, 5),
                robot.lookup("#q-data-applicant-birthDate").queryAs(DatePicker.class).getValue());
        assertTrue(robot.lookup(".prefilled-mark").queryAll().size() >= 3, "prefilled answers are marked");

        reveal(robot, "#q-data-bank-bankAccount");
        robot.clickOn("#q-data-bank-bankAccount").write("12345").type(KeyCode.ENTER);
        waitUntil(() -> "银行账号应为 16 至 19 位数字".equals(text(robot, "#m-data-bank-bankAccount")),
                "the template's own message at the bank account");

        assertFalse(robot.lookup("#q-data-proxy-proxyName").tryQuery().isPresent(), "no proxy questions yet");
        reveal(robot, "#q-data-applicantType-proxy");
        robot.clickOn("#q-data-applicantType-proxy");
        waitUntil(() -> robot.lookup("#q-data-proxy-proxyName").tryQuery().isPresent(), "the proxy questions appear");
        assertTrue(robot.lookup("#q-data-proxy-proxyRelation").tryQuery().isPresent());

        answerText(robot, "#q-data-proxy-proxyName", "王小明");
        reveal(robot, "#q-data-proxy-proxyRelation-child");
        robot.clickOn("#q-data-proxy-proxyRelation-child");
        reveal(robot, "#q-data-bank-bankAccount");
        robot.clickOn("#q-data-bank-bankAccount").eraseText(5).write("6222021234567890123").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#m-data-bank-bankAccount").isEmpty(), "a good account clears the message");
        reveal(robot, "#q-data-materials-idCard");
        robot.clickOn("#q-data-materials-idCard");
        robot.clickOn("#q-data-materials-bankCard");

        java.nio.file.Files.write(scans.resolve("scan_0001.png"), scanPicture());
        session.settings().setScannerFolder(scans.toString());
        reveal(robot, "#q-data-idScan-scan");
        robot.clickOn("#q-data-idScan-scan");
        waitUntil(() -> robot.lookup("#q-data-idScan-preview").queryAs(javafx.scene.image.ImageView.class)
                .getImage() != null, "the newest scan is shown at its question");
        assertEquals("已取扫描件：scan_0001.png", text(robot, "#q-data-idScan-attached"));

        reveal(robot, "#signaturePad");
        robot.drag("#signaturePad", MouseButton.PRIMARY).moveBy(-120, -20).moveBy(60, 40).moveBy(90, -30)
                .drop();
        waitUntil(() -> !robot.lookup("#signConfirm").queryButton().isDisabled(), "the ink enables confirming");
        robot.clickOn("#signConfirm");
        waitUntil(() -> text(robot, "#signSigned").startsWith("申请人已于"), "the signature is recorded");

        robot.clickOn("#applicationSubmit");
        waitUntil(() -> viewModel.receiptProperty().get() != null, "the receipt is drawn");
        Application submitted = viewModel.submittedProperty().get();
        assertEquals(ApplicationStatus.SUBMITTED, submitted.status());
        SyncRecord stored = session.records().localView(new RecordKey(ApplicationFields.TYPE, submitted.id()))
                .orElseThrow();
        assertEquals("submitted", stored.field(ApplicationFields.STATUS));
        assertEquals(wang, stored.field(ApplicationFields.RESIDENT_ID));
        Map<?, ?> answers = (Map<?, ?>) stored.field(ApplicationFields.ANSWERS);
        assertEquals("proxy", answers.get("applicantType"));
        assertEquals(Map.of("proxyName", "王小明", "proxyRelation", "child"), answers.get("proxy"));
        assertEquals("6222021234567890123", ((Map<?, ?>) answers.get("bank")).get("bankAccount"));
        assertEquals(2, ((java.util.List<?>) stored.field(ApplicationFields.ATTACHMENTS)).size(),
                "the scan and the signature PNG");

        byte[] pdf = viewModel.receiptProperty().get();
        String receipt = ReceiptReading.text(pdf);
        assertTrue(receipt.contains("王秀英"), receipt);
        assertTrue(receipt.contains(ApplicationFixtures.WANG_MASKED), receipt);
        assertFalse(receipt.contains(ApplicationFixtures.WANG_ID), "never the full number on paper");
        assertTrue(receipt.contains("身份证复印件、银行卡复印件"), receipt);
        assertEquals(submitted.id(), ReceiptReading.qrCode(pdf));

        Path saved = out.resolve("回执.pdf");
        dialogs.answerFileChoicesWith(saved);
        robot.clickOn("#receiptSave");
        waitUntil(() -> saved.toFile().length() == pdf.length, "the receipt is saved");

        waitUntil(() -> viewModel.formPdf().pdfProperty().get() != null, "the form is drawn");
        byte[] formPdf = viewModel.formPdf().pdfProperty().get();
        Path form = out.resolve("申请表.pdf");
        dialogs.answerFileChoicesWith(form);
        robot.clickOn("#formPdfSave");
        waitUntil(() -> form.toFile().length() == formPdf.length, "the form is saved");
        String printed = ReceiptReading.text(java.nio.file.Files.readAllBytes(form));
        assertTrue(printed.contains("银行账号") && printed.contains("***************0123"), printed);
        assertTrue(printed.contains("王小明") && printed.contains("身份证扫描件"), printed);
        assertFalse(printed.contains("6222021234567890123"), "the bank account masked on paper");
        assertFalse(printed.contains(ApplicationFixtures.WANG_ID), "never the full number on paper");

        robot.clickOn("#rate-5");
        robot.clickOn("#rateSend");
        waitUntil(() -> robot.lookup("#rateSend").queryButton().isDisabled()
                && session.records().records().stream().anyMatch(key -> key.type().equals("service_rating")),
                "the rating is recorded and locked");
    }

    private static byte[] scanPicture() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(60, 40,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static ListCell<?> cellStartingWith(FxRobot robot, String text) {
        return robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getText() != null && cell.getText().startsWith(text)).findFirst().orElseThrow();
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    /** Types a text the keyboard robot cannot (Chinese) and commits it as Enter does. */
    private static void answerText(FxRobot robot, String id, String value) {
        robot.interact(() -> {
            TextField field = field(robot, id);
            field.setText(value);
            field.fireEvent(new ActionEvent());
        });
    }

    /** Scrolls the form so that the node is on screen before the robot's mouse goes to it. */
    private static void reveal(FxRobot robot, String id) {
        robot.interact(() -> {
            ScrollPane scroll = robot.lookup("#applicationFormScroll").queryAs(ScrollPane.class);
            Node node = robot.lookup(id).query();
            Node content = scroll.getContent();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (hidden > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - 40) / hidden)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
