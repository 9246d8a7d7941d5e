package org.griddesk.desktop.ui.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.applications.ApplicationFixtures;
import org.griddesk.desktop.service.applications.Applications;
import org.griddesk.desktop.service.receipts.ReceiptReading;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filled-in form as a PDF in the 代办 workspace: beside the receipt, and again later from 我的代办. */
class FormPdfActionsTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path out;
    private EncryptedDeviceSession session;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ApplicationsViewModel viewModel;

    @BeforeEach
    void submitAnApplication() throws Exception {
        session = RegistryFixtures.newSession(dataDir, "申请表-视图模型-2026");
        String wang = ApplicationFixtures.residents(session);
        ApplicationFixtures.pullTemplate(session.records());
        viewModel = new ApplicationsViewModel(progress -> Applications.open(session), new CurrentThreadTaskExecutor(),
                dialogs, new Localization(Locale.SIMPLIFIED_CHINESE));
        viewModel.startFor(wang);
        viewModel.load();
        viewModel.start(viewModel.choices().get(0));
        FormViewModel form = viewModel.formProperty().get();
        form.answer(key(form, "/data/applicantType"), "self");
        form.answer(key(form, "/data/bank/bankAccount"), "6222021234567890123");
        form.sign(key(form, "/data/signature"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}, false, "", "");
        viewModel.submit();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theFormIsDrawnBesideTheReceiptAndSavedWhereTheWorkerChooses() throws Exception {
        byte[] pdf = viewModel.formPdf().pdfProperty().get();
        assertNotNull(pdf, "drawn once submitted");
        Path file = out.resolve("申请表.pdf");
        dialogs.answerFileChoicesWith(file);
        viewModel.formPdf().save();
        assertEquals(pdf.length, Files.size(file));
        assertEquals(new Message("applications.formPdf.saved", "申请表.pdf"), viewModel.noticeProperty().get());
        String text = ReceiptReading.text(Files.readAllBytes(file));
        assertTrue(text.contains("高龄津贴申请") && text.contains("银行账号") && text.contains("***************0123"), text);
        assertTrue(text.contains("本人申请") && !text.contains("self"), "a choice by its label: " + text);
        assertFalse(text.contains("6222021234567890123"));
        assertFalse(text.contains(ApplicationFixtures.WANG_ID));

        viewModel.newApplication();
        assertNull(viewModel.formPdf().pdfProperty().get(), "the next application starts without the last one's form");
    }

    @Test
    void aCopyIsDrawnAgainFromTheListForASubmittedApplicationOnly() throws Exception {
        viewModel.newApplication();
        ApplicationRow submitted = viewModel.rows().stream().filter(row -> !row.isDraft()).findFirst().orElseThrow();
        Path file = out.resolve("copy.pdf");
        dialogs.answerFileChoicesWith(file);
        viewModel.formPdf().saveFor(submitted);
        String text = ReceiptReading.text(Files.readAllBytes(file));
        assertTrue(text.contains(submitted.id()), text);
        assertTrue(text.contains(ApplicationFixtures.WANG_MASKED), text);
    }

    private static String key(FormViewModel form, String path) {
        return form.items().stream().filter(item -> path.equals(item.path())).findFirst()
                .orElseThrow(() -> new AssertionError(path)).key();
    }
}
