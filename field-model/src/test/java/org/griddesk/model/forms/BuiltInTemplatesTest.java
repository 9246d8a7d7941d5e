package org.griddesk.model.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltInTemplatesTest {

    @Test
    void eachBuiltInTemplateConvertsAndJavaRosaParsesIt() throws Exception {
        for (Map.Entry<String, XlsFormWorkbook> template : BuiltInTemplateWorkbooks.all().entrySet()) {
            XlsFormConverter.ConvertedForm converted = new XlsFormConverter().convert(template.getValue().stream());
            assertEquals(template.getKey(), converted.info().formId());
            assertEquals(List.of("中文 (zh)", "English (en)"), converted.info().languages());
            assertEquals(converted.info(), XFormEngine.parse(converted.xform()).info());
            assertTrue(converted.xform().contains("gd:prefill=\"resident.idNumber\""), template.getKey());
        }
    }

    /** The committed workbooks are what the generator writes: change the generator, then regenerate them. */
    @Test
    void theCommittedWorkbooksMatchTheGenerator() throws Exception {
        java.nio.file.Path folder = java.nio.file.Path.of("../county-platform/src/main/resources/templates");
        for (Map.Entry<String, XlsFormWorkbook> template : BuiltInTemplateWorkbooks.all().entrySet()) {
            try (java.io.InputStream committed = java.nio.file.Files.newInputStream(
                    folder.resolve(template.getKey() + ".xlsx"))) {
                assertEquals(new XlsFormConverter().convert(template.getValue().stream()).xform(),
                        new XlsFormConverter().convert(committed).xform(), template.getKey());
            }
        }
    }

    @Test
    void elderlyAllowanceChecksBankAccountAgeAndProxy() throws Exception {
        String xform = new XlsFormConverter().convert(BuiltInTemplateWorkbooks.elderlyAllowance().stream()).xform();
        ParsedForm form = new XFormEngine().form("elderly_allowance", "2025.1", xform);
        Map<String, Object> answers = elderlyAnswers();
        assertEquals(List.of(), form.validate(answers, true));

        answers.put("bank", Map.of("bank_name", "abc", "account_holder", "张桂兰", "bank_account", "6228-4801"));
        List<AnswerProblem> problems = form.validate(answers, true);
        assertEquals("/data/bank/bank_account", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("银行账号应为16至19位数字"), problems.get(0).message());

        answers = elderlyAnswers();
        answers.put("by_proxy", "yes");
        assertEquals(List.of("/data/proxy/proxy_name", "/data/proxy/proxy_relation", "/data/proxy/proxy_id_number",
                "/data/proxy/proxy_phone"), form.validate(answers, true).stream().map(AnswerProblem::path).toList());

        answers = elderlyAnswers();
        answers.put("age_band", "90");
        assertEquals(List.of(AnswerProblem.Kind.CONSTRAINT_VIOLATED),
                form.validate(answers, true).stream().map(AnswerProblem::kind).toList());
    }

    @Test
    void eachSessionGetsItsOwnFormDefinitionWithThePrefillFields() throws Exception {
        String xform = new XlsFormConverter().convert(BuiltInTemplateWorkbooks.minimumLivingAllowance().stream())
                .xform();
        ParsedForm form = new XFormEngine().form("minimum_living_allowance", "2025.1", xform);
        org.javarosa.core.model.FormDef first = form.newFormDef();
        org.javarosa.core.model.FormDef second = form.newFormDef();
        assertTrue(first != second && first.getMainInstance() != second.getMainInstance());
        var root = first.getMainInstance().getRoot();
        assertEquals(java.util.Optional.of("resident.name"),
                ParsedForm.prefillOf(root.getChild("applicant", 0).getChild("name", 0)));
        assertEquals(java.util.Optional.of("household.members"), ParsedForm.prefillOf(root.getChild("members",
                org.javarosa.core.model.instance.TreeReference.INDEX_TEMPLATE)));
        assertEquals(java.util.Optional.empty(), ParsedForm.prefillOf(root.getChild("apply_reason", 0)));
    }

    static Map<String, Object> elderlyAnswers() {
        Map<String, Object> answers = new HashMap<>();
        String birth = LocalDate.now().minusYears(85).minusDays(3).toString();
        answers.put("applicant", Map.of("name", "张桂兰", "id_number", "11010519491231002X", "sex", "2",
                "birth_date", birth, "phone", "13800138000", "address", "幸福村3组12号"));
        answers.put("age_band", "80");
        answers.put("bank", Map.of("bank_name", "abc", "account_holder", "张桂兰", "bank_account", "6228480123456789012"));
        answers.put("materials", "id_card hukou bank_card");
        answers.put("by_proxy", "no");
        answers.put("signature", "3f1a9c0e.png");
        return answers;
    }
}
