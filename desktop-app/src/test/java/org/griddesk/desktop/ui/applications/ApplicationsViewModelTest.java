package org.griddesk.desktop.ui.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.applications.ApplicationFields;
import org.griddesk.desktop.service.applications.ApplicationFixtures;
import org.griddesk.desktop.service.applications.ApplicationStatus;
import org.griddesk.desktop.service.applications.Applications;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 代办 view-model on a real encrypted store, without a screen. */
class ApplicationsViewModelTest {

    @TempDir
    Path dataDir;
    private EncryptedDeviceSession session;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ApplicationsViewModel viewModel;
    private String wang;

    @BeforeEach
    void open() throws Exception {
        session = RegistryFixtures.newSession(dataDir, "代办-视图模型-2026");
        wang = ApplicationFixtures.residents(session);
        ApplicationFixtures.pullTemplate(session.records());
        viewModel = new ApplicationsViewModel(progress -> Applications.open(session), new CurrentThreadTaskExecutor(),
                dialogs, new Localization(Locale.SIMPLIFIED_CHINESE));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void startedFromTheHouseholdsWorkspaceBeforeLoadingItOpensOnThatResident() {
        viewModel.startFor(wang);
        viewModel.load();
        assertEquals(ApplicationsViewModel.Step.CHOOSE, viewModel.stepProperty().get());
        assertEquals("王秀英", viewModel.residentName());
        assertEquals(new ChoiceLine("gaoling_jintie", "高龄津贴申请", true), viewModel.choices().get(0));
        assertEquals(ApplicationFixtures.WANG_MASKED, viewModel.residents().stream()
                .filter(line -> line.id().equals(wang)).findFirst().orElseThrow().maskedIdNumber());
    }

    @Test
    void aRefusedSubmissionLeavesAMessageAtEveryQuestionThatNeedsOne() {
        FormViewModel form = openForm();
        form.answer(key(form, "/data/bank/bankAccount"), "123");
        assertEquals(new Message("applications.form.templateMessage", "银行账号应为 16 至 19 位数字"),
                form.messages().get(key(form, "/data/bank/bankAccount")));

        form.answer(key(form, "/data/applicant/name"), "");
        viewModel.submit();
        assertEquals(ApplicationsViewModel.Step.FORM, viewModel.stepProperty().get());
        assertEquals(new Message("applications.form.templateMessage", "请选择本人申请或代办人"),
                form.messages().get(key(form, "/data/applicantType")));
        assertEquals(new Message("applications.form.required"), form.messages().get(key(form, "/data/applicant/name")),
                "no message of its own: the app's words");
        assertEquals(new Message("applications.sign.missing"), form.messages().get(key(form, "/data/signature")));
        assertEquals("applications.submit.refused", viewModel.noticeProperty().get().key());
    }

    @Test
    void aCorrectedPrefilledAnswerReachesTheRegistryOnlyWhenTheWorkerSaysSo() {
        FormViewModel form = openForm();
        form.answer(key(form, "/data/applicant/name"), "王秀瑛");
        ShownItem name = item(form, "/data/applicant/name");
        assertTrue(name.corrected());
        assertEquals("王秀英", name.correctedFrom());

        dialogs.answerConfirmationsWith(false);
        viewModel.offerCorrection(name);
        assertEquals("王秀英", registryName());

        dialogs.answerConfirmationsWith(true);
        viewModel.offerCorrection(name);
        assertEquals("王秀瑛", registryName());
        assertEquals(new Message("applications.correction.saved"), viewModel.noticeProperty().get());
        assertTrue(item(form, "/data/applicant/name").prefilled(), "the answer is the registry's again");
        assertEquals(2, dialogs.shown().size(), "asked both times");
    }

    @Test
    void aDecisionThatCameWithASyncIsMarkedUntilTheResidentHasBeenTold() {
        FormViewModel form = openForm();
        form.answer(key(form, "/data/applicantType"), "self");
        form.answer(key(form, "/data/bank/bankAccount"), "6222021234567890123");
        form.sign(key(form, "/data/signature"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}, false, "", "");
        viewModel.submit();
        assertEquals(ApplicationsViewModel.Step.RECEIPT, viewModel.stepProperty().get());
        assertNotNull(viewModel.receiptProperty().get());
        String id = viewModel.submittedProperty().get().id();

        SyncRecord mine = session.records().localView(new RecordKey(ApplicationFields.TYPE, id)).orElseThrow();
        Map<String, Object> decided = new HashMap<>(mine.fields());
        decided.put(ApplicationFields.STATUS, "rejected");
        decided.put(ApplicationFields.DECISION_NOTE, "年龄未满 80 周岁");
        session.records().atomically(() -> session.records().discardPending(mine.key()));
        ApplicationFixtures.pull(session.records(), new SyncRecord(mine.type(), id, decided, 2, false));

        viewModel.load();
        ApplicationRow row = viewModel.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        assertTrue(row.changed());
        assertEquals(ApplicationStatus.REJECTED, row.status());
        assertEquals("年龄未满 80 周岁", row.decisionNote());
        assertEquals("王秀英", row.residentName());

        viewModel.markSeen(row);
        assertFalse(viewModel.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().changed());
    }

    private FormViewModel openForm() {
        viewModel.startFor(wang);
        viewModel.load();
        viewModel.start(viewModel.choices().get(0));
        return viewModel.formProperty().get();
    }

    private String registryName() {
        return Registries.open(session, "test").resident(wang).orElseThrow().string(ResidentFields.NAME).orElse("");
    }

    private static ShownItem item(FormViewModel form, String path) {
        return form.items().stream().filter(item -> path.equals(item.path())).findFirst()
                .orElseThrow(() -> new AssertionError(path));
    }

    private static String key(FormViewModel form, String path) {
        return item(form, path).key();
    }
}
