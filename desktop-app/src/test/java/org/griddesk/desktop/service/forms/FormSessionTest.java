package org.griddesk.desktop.service.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class FormSessionTest {

    private static final FormDefinitions DEFINITIONS = new FormDefinitions();

    private static FormSession fresh() {
        FormSession session = FormSession.start(DEFINITIONS.open(FormFixtures.GAOLING_ID, FormFixtures.GAOLING_VERSION,
                FormFixtures.gaolingXForm()));
        session.useLanguageFor("zh");
        return session;
    }

    private static FormItem.Question question(FormSession session, String path) {
        return session.items().stream()
                .filter(item -> item instanceof FormItem.Question q && q.path().equals(path))
                .map(FormItem.Question.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("not shown: " + path));
    }

    private static boolean shown(FormSession session, String path) {
        return session.items().stream().anyMatch(item -> item instanceof FormItem.Question q && q.path().equals(path));
    }

    @Test
    void questionsCarryLabelHintRequiredMarkAndTheirKind() {
        FormSession session = fresh();
        assertEquals("高龄津贴申请", session.title());
        FormItem.Question account = question(session, "/data/bank/bankAccount");
        assertEquals("银行账号", account.label());
        assertEquals("社保卡或本人银行卡，16 至 19 位数字", account.hint());
        assertTrue(account.required());
        assertEquals(QuestionKind.TEXT, account.kind());
        assertEquals(QuestionKind.DATE, question(session, "/data/applicant/birthDate").kind());
        assertEquals(QuestionKind.SELECT_ONE, question(session, "/data/applicantType").kind());
        assertEquals(QuestionKind.SELECT_MULTIPLE, question(session, "/data/materials").kind());
        assertEquals(QuestionKind.SIGNATURE, question(session, "/data/signature").kind());
        assertEquals(QuestionKind.IMAGE, question(session, "/data/idScan").kind());
        assertEquals(List.of("self", "proxy"),
                question(session, "/data/applicantType").choices().stream().map(Choice::value).toList());

        session.useLanguageFor("en");
        assertEquals("Bank account", question(session, "/data/bank/bankAccount").label());
    }

    @Test
    void theProxyQuestionsShowOnlyWhenAProxyApplies() {
        FormSession session = fresh();
        assertFalse(shown(session, "/data/proxy/proxyName"));
        session.answer(question(session, "/data/applicantType").key(), "proxy");
        assertTrue(shown(session, "/data/proxy/proxyName"));
        assertTrue(shown(session, "/data/proxy/proxyRelation"));
        session.answer(question(session, "/data/applicantType").key(), "self");
        assertFalse(shown(session, "/data/proxy/proxyName"));
    }

    @Test
    void aBankAccountBreakingTheConstraintGetsTheTemplatesMessageAndIsKeptForTheDraft() {
        FormSession session = fresh();
        String key = question(session, "/data/bank/bankAccount").key();
        AnswerOutcome wrong = session.answer(key, "12345");
        assertEquals(AnswerOutcome.Kind.CONSTRAINT, wrong.kind());
        assertEquals("银行账号应为 16 至 19 位数字", wrong.message());
        assertEquals("12345", question(session, "/data/bank/bankAccount").value());
        assertTrue(session.validate().stream().anyMatch(p -> p.path().equals("/data/bank/bankAccount")
                && p.outcome().kind() == AnswerOutcome.Kind.CONSTRAINT));

        assertTrue(session.answer(key, "6222021234567890123").accepted());
        assertEquals(AnswerOutcome.Kind.REQUIRED, session.answer(key, " ").kind(), "a required answer can be cleared");
        assertEquals("", question(session, "/data/bank/bankAccount").value());
    }

    @Test
    void aTextThatIsNoNumberIsRefusedForANumberQuestion() {
        FormSession session = fresh();
        session.addRepeat(addKey(session));
        String age = question(session, "/data/family/memberAge").key();
        assertEquals(AnswerOutcome.Kind.WRONG_TYPE, session.answer(age, "eighty").kind());
        assertEquals("", question(session, "/data/family/memberAge").value());
        assertEquals(AnswerOutcome.Kind.CONSTRAINT, session.answer(age, "200").kind());
    }

    @Test
    void validationNamesEveryMissingRequiredAnswer() {
        FormSession session = fresh();
        List<String> missing = session.validate().stream()
                .filter(p -> p.outcome().kind() == AnswerOutcome.Kind.REQUIRED).map(FormProblem::path).toList();
        assertEquals(List.of("/data/applicant/name", "/data/applicant/idNumber", "/data/applicant/birthDate",
                "/data/applicantType", "/data/bank/bankAccount", "/data/signature"), missing);
        assertEquals("请选择本人申请或代办人", session.check(question(session, "/data/applicantType").key()).message(),
                "the template's own required message");
        assertEquals("", session.check(question(session, "/data/bank/bankAccount").key()).message());
        session.useLanguageFor("en");
        assertEquals("Say who applies", session.check(question(session, "/data/applicantType").key()).message());
    }

    @Test
    void repeatsAddAndRemoveEntries() {
        FormSession session = fresh();
        assertEquals(0, entries(session));
        session.addRepeat(addKey(session));
        session.addRepeat(addKey(session));
        assertEquals(2, entries(session));
        List<FormItem.Question> names = session.items().stream()
                .filter(item -> item instanceof FormItem.Question q && q.path().equals("/data/family/memberName"))
                .map(FormItem.Question.class::cast).toList();
        session.answer(names.get(0).key(), "张一");
        session.answer(names.get(1).key(), "张二");
        FormItem first = session.items().stream().filter(item -> item instanceof FormItem.RepeatEntry).findFirst()
                .orElseThrow();
        session.removeRepeat(first.key());
        assertEquals(1, entries(session));
        assertEquals("张二", question(session, "/data/family/memberName").value());
    }

    @Test
    void answersMirrorTheInstanceAndComeBackWhenResumed() {
        FormSession session = fresh();
        session.answer(question(session, "/data/applicant/name").key(), "王秀英");
        session.answer(question(session, "/data/applicant/birthDate").key(), "1942-03-05");
        session.answer(question(session, "/data/applicantType").key(), "proxy");
        session.answer(question(session, "/data/proxy/proxyName").key(), "王小明");
        session.answer(question(session, "/data/materials").key(), "idCard bankCard");
        session.addRepeat(addKey(session));
        session.answer(question(session, "/data/family/memberName").key(), "李四 <&>");

        Map<String, Object> answers = session.answers();
        assertEquals("王秀英", ((Map<?, ?>) answers.get("applicant")).get("name"));
        assertEquals("1942-03-05", ((Map<?, ?>) answers.get("applicant")).get("birthDate"));
        assertEquals("idCard bankCard", answers.get("materials"));
        assertEquals(List.of(Map.of("memberName", "李四 <&>", "memberAge", "")), answers.get("family"));
        assertFalse(answers.containsKey("meta"));

        FormSession resumed = FormSession.resume(DEFINITIONS.open(FormFixtures.GAOLING_ID,
                FormFixtures.GAOLING_VERSION, FormFixtures.gaolingXForm()), answers);
        assertEquals(answers, resumed.answers());
        assertTrue(shown(resumed, "/data/proxy/proxyName"));
        assertEquals(1, entries(resumed));
    }

    @Test
    void prefilledAnswersAreMarkedAndACorrectionIsNoticed() {
        FormSession session = fresh();
        session.prefill(Map.of("resident.name", "王秀英", "resident.birthDate", "1942-03-05"), true);
        FormItem.Question name = question(session, "/data/applicant/name");
        assertEquals("王秀英", name.value());
        assertEquals("resident.name", name.prefillField());
        assertTrue(name.prefilled());
        assertEquals("1942-03-05", question(session, "/data/applicant/birthDate").value());

        session.answer(name.key(), "王秀瑛");
        assertTrue(question(session, "/data/applicant/name").correctedPrefill());
        assertFalse(question(session, "/data/bank/bankAccount").correctedPrefill());
    }

    @Test
    void anUnknownControlIsShownReadOnlyRatherThanFailing() {
        String xform = FormFixtures.gaolingXForm()
                .replace("<phone/>", "<phone/><where/>")
                .replace("<bind nodeset=\"/data/applicantType\"",
                        "<bind nodeset=\"/data/applicant/where\" type=\"geopoint\"/><bind nodeset=\"/data/applicantType\"")
                .replace("<input ref=\"/data/applicant/phone\">",
                        "<input ref=\"/data/applicant/where\"><label>位置</label></input><input ref=\"/data/applicant/phone\">");
        FormSession session = FormSession.start(FormDefinitions.parse("geo", xform));
        assertEquals(QuestionKind.UNSUPPORTED, question(session, "/data/applicant/where").kind());
    }

    @Test
    void aMalformedFormIsRefusedWithJavaRosasReason() {
        assertThrows(FormParseException.class, () -> FormDefinitions.parse("bad", "<h:html>"));
    }

    @Test
    void eightThreadsOpeningFormsAtOnceAllGetAWorkingForm() throws Exception {
        FormDefinitions definitions = new FormDefinitions();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> jobs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String version = "v" + (i % 3);
                String xform = FormFixtures.gaolingXForm().replace("version=\"2026.1\"", "version=\"" + version + "\"");
                jobs.add(() -> FormSession.start(definitions.open("gaoling_jintie", version, xform)).title());
            }
            for (Future<String> result : pool.invokeAll(jobs)) {
                assertEquals("高龄津贴申请", result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String addKey(FormSession session) {
        return session.items().stream().filter(item -> item instanceof FormItem.AddRepeat).findFirst().orElseThrow()
                .key();
    }

    private static long entries(FormSession session) {
        return session.items().stream().filter(item -> item instanceof FormItem.RepeatEntry).count();
    }
}
