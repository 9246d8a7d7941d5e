package org.griddesk.desktop.service.applications;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.forms.AnswerOutcome;
import org.griddesk.desktop.service.forms.FormItem;
import org.griddesk.desktop.service.forms.FormProblem;
import org.griddesk.desktop.service.receipts.ReceiptData;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.OutboxEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applications on a real encrypted store: drafts, prefill, signature, submission, decisions and ratings. */
class ApplicationServiceTest {

    private static final String PASSPHRASE = "代办-服务-测试-2026";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    @TempDir
    Path dataDir;
    private EncryptedDeviceSession session;
    private Applications services;
    private ApplicationService applications;
    private String wang;

    @BeforeEach
    void open() throws Exception {
        session = RegistryFixtures.newSession(dataDir, PASSPHRASE);
        wang = ApplicationFixtures.residents(session);
        ApplicationFixtures.pullTemplate(session.records());
        services = Applications.open(session);
        applications = services.applications();
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theTemplateIsSuggestedForAResidentOfEightyOrMoreOnly() {
        String zhang = applications.registry().residents().stream().filter(r -> r.name().equals("张三")).findFirst()
                .orElseThrow().id();
        List<TemplateChoice> forWang = applications.choicesFor(wang);
        assertEquals(1, forWang.size());
        assertTrue(forWang.get(0).suggested());
        assertFalse(applications.choicesFor(zhang).get(0).suggested(), "listed, but not suggested at 36");
    }

    @Test
    void aNewApplicationIsPrefilledFromTheRegistryAndItsDraftComesBack() {
        OpenApplication open = applications.start(wang, applications.templates().get(0), "");
        assertEquals("王秀英", question(open, "/data/applicant/name").value());
        assertTrue(question(open, "/data/applicant/name").prefilled());
        assertEquals(ApplicationFixtures.WANG_ID, question(open, "/data/applicant/idNumber").value());
        assertEquals("1942-03-05", question(open, "/data/applicant/birthDate").value());
        assertEquals(RegistryFixtures.GRID, open.draft().grid());

        open.form().answer(question(open, "/data/bank/bankAccount").key(), "6222021234567890123");
        open.form().answer(question(open, "/data/applicant/name").key(), "王秀瑛");
        applications.save(open);

        OpenApplication resumed = applications.resume(open.draft().id());
        assertEquals("6222021234567890123", question(resumed, "/data/bank/bankAccount").value());
        assertTrue(question(resumed, "/data/applicant/name").correctedPrefill(), "the correction is still noticed");
        assertEquals(1, applications.drafts().size());
        assertTrue(session.records().outbox().stream().noneMatch(e -> e.record().type().equals(ApplicationFields.TYPE)),
                "a draft is not synced");

        applications.discard(open.draft().id());
        assertTrue(applications.drafts().isEmpty());
    }

    @Test
    void anIncompleteOrUnsignedApplicationIsRefusedAndNothingIsWritten() {
        OpenApplication open = applications.start(wang, applications.templates().get(0), "");
        open.form().answer(question(open, "/data/bank/bankAccount").key(), "123");
        ApplicationRefusedException refused = assertThrows(ApplicationRefusedException.class,
                () -> applications.submit(open));
        assertTrue(refused.signatureMissing());
        List<String> paths = refused.problems().stream().map(FormProblem::path).toList();
        assertTrue(paths.contains("/data/bank/bankAccount") && paths.contains("/data/applicantType"), paths.toString());
        assertEquals("银行账号应为 16 至 19 位数字", refused.problems().stream()
                .filter(p -> p.path().equals("/data/bank/bankAccount")).findFirst().orElseThrow().outcome().message());
        assertTrue(applications.applications().isEmpty());
        assertEquals(1, applications.drafts().size(), "the draft stays to be finished");
    }

    @Test
    void aSubmittedApplicationIsASyncedRecordWhoseNestedAnswersSurviveTheStore() throws Exception {
        OpenApplication open = filledIn();
        Signature signature = applications.sign(open, question(open, "/data/signature").key(), PNG, true, "王小明",
                "child");
        Application submitted = applications.submit(open);

        assertEquals(ApplicationStatus.SUBMITTED, submitted.status());
        assertEquals(List.of(signature.sha256()), submitted.attachments());
        assertEquals(org.griddesk.desktop.service.forms.FormFixtures.GAOLING_ID, submitted.templateId());
        Map<?, ?> applicant = (Map<?, ?>) submitted.answers().get("applicant");
        assertEquals("王秀英", applicant.get("name"));
        assertEquals(List.of(Map.of("memberName", "王小明", "memberAge", "52")), submitted.answers().get("family"));
        assertTrue(applications.drafts().isEmpty());
        List<OutboxEntry> pending = session.records().pending(new RecordKey(ApplicationFields.TYPE, submitted.id()));
        assertTrue(pending.stream().anyMatch(e -> e.field().equals(ApplicationFields.ANSWERS)
                && e.value() instanceof Map<?, ?>), "answers go to the platform as one nested value");
        Map<String, Object> answers = submitted.answers();

        session.close();
        session = new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1))
                .unlock(PASSPHRASE.toCharArray());
        ApplicationService reopened = Applications.open(session).applications();
        Application stored = reopened.find(submitted.id()).orElseThrow();
        assertEquals(answers, stored.answers());
        assertEquals("proxy", session.records().localView(new RecordKey(ApplicationFields.TYPE, submitted.id()))
                .orElseThrow().field(ApplicationFields.SIGNED_BY));
        assertArrayEquals(PNG, reopened.blob(signature.sha256()));
    }

    @Test
    void aScannedPictureIsAnImageAnswerKeptInTheEncryptedBlobStore() {
        OpenApplication open = applications.start(wang, applications.templates().get(0), "");
        String key = question(open, "/data/idScan").key();
        assertThrows(IllegalArgumentException.class,
                () -> applications.attachImage(open, key, "not a picture".getBytes()));
        assertEquals("", question(open, "/data/idScan").value());

        applications.attachImage(open, key, PNG);
        String sha256 = open.draft().attachments().get(0);
        assertEquals(sha256 + ".png", question(open, "/data/idScan").value());
        assertArrayEquals(PNG, applications.blob(sha256));
        assertEquals(List.of(sha256), applications.resume(open.draft().id()).draft().attachments());
    }

    @Test
    void aDecisionThatArrivesBySyncIsShownAsChangedUntilTheWorkerHasSeenIt() {
        OpenApplication open = filledIn();
        applications.sign(open, question(open, "/data/signature").key(), PNG, false, "", "");
        Application submitted = applications.submit(open);
        assertTrue(applications.changedSinceSeen().isEmpty());

        SyncRecord mine = session.records().localView(new RecordKey(ApplicationFields.TYPE, submitted.id()))
                .orElseThrow();
        Map<String, Object> decided = new HashMap<>(mine.fields());
        decided.put(ApplicationFields.STATUS, "needs_materials");
        decided.put(ApplicationFields.DECISION_NOTE, "户口簿复印件");
        session.records().atomically(() -> session.records().discardPending(mine.key()));
        ApplicationFixtures.pull(session.records(), new SyncRecord(mine.type(), mine.id(), decided, 2, false));

        List<Application> changed = applications.changedSinceSeen();
        assertEquals(1, changed.size());
        assertEquals(ApplicationStatus.NEEDS_MATERIALS, changed.get(0).status());
        assertEquals("户口簿复印件", changed.get(0).decisionNote());
        applications.markSeen(changed.get(0));
        assertTrue(applications.changedSinceSeen().isEmpty());
    }

    @Test
    void theReceiptNamesTheMaterialsHandedInAndMasksTheNumber() {
        OpenApplication open = filledIn();
        applications.sign(open, question(open, "/data/signature").key(), PNG, false, "", "");
        Application submitted = applications.submit(open);
        ReceiptData receipt = services.receipts().dataFor(submitted, "zh", "13800001234");
        assertEquals("王秀英", receipt.residentName());
        assertEquals(ApplicationFixtures.WANG_MASKED, receipt.maskedIdNumber());
        assertEquals("高龄津贴申请", receipt.applicationType());
        assertEquals(List.of("身份证复印件", "银行卡复印件"), receipt.materials());
        assertEquals(submitted.id(), receipt.applicationId());
        assertEquals(List.of("Copy of identity card", "Copy of bank card"),
                services.receipts().dataFor(submitted, "en", "").materials());
    }

    @Test
    void aRatingIsRecordedOnceAndALevelOutsideOneToFiveIsRefused() {
        ServiceRating rating = services.ratings().rate(wang, RegistryFixtures.GRID, 2, List.of("slow"), " 等太久 ");
        assertTrue(rating.poor());
        SyncRecord stored = session.records().localView(new RecordKey(ServiceRating.TYPE, rating.id())).orElseThrow();
        assertEquals(2L, stored.field("level"));
        assertEquals("等太久", stored.field("comment"));
        assertEquals(List.of("slow"), stored.field("tags"));
        assertThrows(IllegalArgumentException.class,
                () -> services.ratings().rate(wang, RegistryFixtures.GRID, 6, List.of(), ""));
    }

    @Test
    void aRatingAfterAVisitNamesTheVisitAndOneWithoutItIsRefused() {
        ServiceRating rating = Applications.ratings(session).rateVisit(wang, RegistryFixtures.GRID,
                "0193a000-0000-7000-8000-0000000000aa", 5, List.of("patient"), "");
        SyncRecord stored = session.records().localView(new RecordKey(ServiceRating.TYPE, rating.id())).orElseThrow();
        assertEquals("0193a000-0000-7000-8000-0000000000aa", stored.field(ServiceRatings.VISIT_ID));
        assertEquals(wang, stored.field("residentId"));
        int before = session.records().localViews(ServiceRating.TYPE).size();
        assertThrows(IllegalArgumentException.class, () -> Applications.ratings(session).rateVisit(wang,
                RegistryFixtures.GRID, " ", 5, List.of(), ""));
        assertEquals(before, session.records().localViews(ServiceRating.TYPE).size(), "nothing written");
        assertEquals(null, session.records().localView(new RecordKey(ServiceRating.TYPE,
                services.ratings().rate(wang, RegistryFixtures.GRID, 4, List.of(), "").id())).orElseThrow()
                .field(ServiceRatings.VISIT_ID), "a rating after an application names no visit");
    }

    private OpenApplication filledIn() {
        OpenApplication open = applications.start(wang, applications.templates().get(0), "");
        answer(open, "/data/applicantType", "self");
        answer(open, "/data/bank/bankAccount", "6222021234567890123");
        answer(open, "/data/materials", "idCard bankCard");
        open.form().addRepeat(open.form().items().stream().filter(i -> i instanceof FormItem.AddRepeat)
                .findFirst().orElseThrow().key());
        answer(open, "/data/family/memberName", "王小明");
        answer(open, "/data/family/memberAge", "52");
        return open;
    }

    private static void answer(OpenApplication open, String path, String value) {
        AnswerOutcome outcome = open.form().answer(question(open, path).key(), value);
        assertTrue(outcome.accepted(), path + ": " + outcome);
    }

    private static FormItem.Question question(OpenApplication open, String path) {
        return open.form().items().stream()
                .filter(item -> item instanceof FormItem.Question q && q.path().equals(path))
                .map(FormItem.Question.class::cast).findFirst().orElseThrow(() -> new AssertionError(path));
    }
}
