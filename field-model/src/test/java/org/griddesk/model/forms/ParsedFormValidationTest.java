package org.griddesk.model.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.griddesk.model.forms.AnswerProblem.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParsedFormValidationTest {
    private static String xform;
    private static ParsedForm form;

    @BeforeAll
    static void parse() throws Exception {
        xform = new XlsFormConverter().convert(XlsFormConverterTest.smallForm().stream()).xform();
        form = new XFormEngine().form("small_form", "2024.1", xform);
    }

    static Map<String, Object> valid() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("name", "张桂兰");
        answers.put("age", "86");
        answers.put("proxy", "no");
        answers.put("members", List.of(Map.of("member_name", "李明", "member_age", "52", "member_income", "2300.5")));
        return answers;
    }

    @Test
    void completeAnswersPass() {
        assertEquals(List.of(), form.validate(valid(), true));
    }

    @Test
    void missingRequiredAnswerIsNamedByPath() {
        Map<String, Object> answers = valid();
        answers.remove("name");
        List<AnswerProblem> problems = form.validate(answers, true);
        assertEquals(List.of(problem(Kind.MISSING_REQUIRED, "/data/name")), kinds(problems));
        assertEquals("/data/name：必须回答（请填写申请人姓名）", problems.get(0).message());
    }

    @Test
    void violatedConstraintCarriesTheTemplatesMessage() {
        Map<String, Object> answers = valid();
        answers.put("age", "70");
        List<AnswerProblem> problems = form.validate(answers, true);
        assertEquals(List.of(problem(Kind.CONSTRAINT_VIOLATED, "/data/age")), kinds(problems));
        assertTrue(problems.get(0).message().contains("须年满80周岁"), problems.get(0).message());
    }

    @Test
    void wrongTypesAndUnknownChoicesAndQuestionsAreRefused() {
        Map<String, Object> answers = valid();
        answers.put("age", "eighty");
        answers.put("proxy", "maybe");
        answers.put("salary", "1000");
        assertEquals(List.of(problem(Kind.UNKNOWN_QUESTION, "/data/salary"), problem(Kind.WRONG_TYPE, "/data/age"),
                problem(Kind.NOT_A_CHOICE, "/data/proxy")), kinds(form.validate(answers, true)));
        answers = valid();
        answers.put("members", Map.of("member_name", "x"));
        assertEquals(List.of(problem(Kind.WRONG_TYPE, "/data/members")), kinds(form.validate(answers, true)));
    }

    @Test
    void relevanceDecidesWhatIsRequiredAndWhatIsIgnored() {
        Map<String, Object> answers = valid();
        answers.put("proxy", "yes");
        assertEquals(List.of(problem(Kind.MISSING_REQUIRED, "/data/proxy_relation")),
                kinds(form.validate(answers, true)));
        answers.put("proxy_relation", "女儿");
        assertEquals(List.of(), form.validate(answers, true));
        // income is asked from 16 on: a child's negative income is not relevant, an adult's is refused
        answers.put("members", List.of(
                Map.of("member_name", "小明", "member_age", "10", "member_income", "-5"),
                Map.of("member_name", "李明", "member_age", "40", "member_income", "-5"),
                Map.of("member_age", "40")));
        List<AnswerProblem> problems = form.validate(answers, true);
        assertEquals(List.of(problem(Kind.CONSTRAINT_VIOLATED, "/data/members[2]/member_income"),
                problem(Kind.MISSING_REQUIRED, "/data/members[3]/member_name")), kinds(problems));
        assertTrue(problems.get(0).message().contains("收入不能为负"), problems.get(0).message());
    }

    @Test
    void draftsMayBeIncompleteButAreTypeChecked() {
        Map<String, Object> draft = new HashMap<>(Map.of("name", "张桂兰", "age", "70"));
        assertEquals(List.of(), form.validate(draft, false));
        draft.put("age", "seventy");
        assertEquals(List.of(problem(Kind.WRONG_TYPE, "/data/age")), kinds(form.validate(draft, false)));
    }

    @Test
    void anExpressionJavaRosaCannotEvaluateIsAProblemNotACrash() throws Exception {
        String broken = new XlsFormConverter().convert(new XlsFormWorkbook()
                .sheet("survey", List.of("type", "name", "label", "calculation"))
                .row("text", "when", "When")
                .row("calculate", "days", "", "today() - date(${when})")
                .sheet("settings", List.of("form_id", "version", "form_title")).row("broken", "1", "Broken")
                .stream()).xform();
        ParsedForm brokenForm = XFormEngine.parse(broken);
        List<AnswerProblem> problems = brokenForm.validate(Map.of("when", "not a date"), true);
        assertEquals(List.of(Kind.NOT_EVALUABLE), problems.stream().map(AnswerProblem::kind).toList());
        assertEquals(List.of(), brokenForm.validate(Map.of("when", "2020-01-01"), true));
    }

    @Test
    void aFormIsParsedOncePerIdAndVersion() throws Exception {
        XFormEngine engine = new XFormEngine();
        ParsedForm first = engine.form("small_form", "2024.1", xform);
        assertSame(first, engine.form("small_form", "2024.1", xform));
        assertThrows(XFormException.class, () -> engine.form("small_form", "2025", xform));
        assertThrows(XFormException.class, () -> XFormEngine.parse("<h:html xmlns:h='http://www.w3.org/1999/xhtml'/>"));
        assertThrows(XFormException.class, () -> XFormEngine.parse(xform.replace("count(", "count((")));
    }

    @Test
    void eightThreadsParsingAndValidatingAtOnceEachGetTheirOwnAnswer() throws Exception {
        XFormEngine engine = new XFormEngine();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    // each thread has its own version, so the parses themselves run concurrently too
                    String version = "v" + thread;
                    ParsedForm own = engine.form("small_form", version, xform.replace("version=\"2024.1\"",
                            "version=\"" + version + "\""));
                    List<String> seen = new ArrayList<>();
                    for (int i = 0; i < 40; i++) {
                        Map<String, Object> answers = valid();
                        int age = 60 + (thread * 40 + i) % 40;
                        answers.put("age", String.valueOf(age));
                        List<AnswerProblem> problems = (i % 2 == 0 ? own : form).validate(answers, true);
                        boolean expectRefusal = age < 80;
                        if (problems.isEmpty() == expectRefusal) {
                            seen.add("age " + age + " gave " + problems);
                        }
                    }
                    return seen;
                }));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                assertEquals(List.of(), result.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        }
    }

    private static String problem(Kind kind, String path) {
        return kind + " " + path;
    }

    private static List<String> kinds(List<AnswerProblem> problems) {
        return problems.stream().map(p -> problem(p.kind(), p.path())).toList();
    }
}
