package org.griddesk.model.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XlsFormConverterTest {
    static final List<String> SURVEY = List.of("type", "name", "label::中文 (zh)", "label::English (en)",
            "hint::中文 (zh)", "required", "constraint", "constraint_message::中文 (zh)", "relevant", "calculation",
            "bind::gd:prefill", "appearance", "choice_filter", "required_message::中文 (zh)");

    /** A small form touching each construct: prefill, constraint, translated select, relevance, repeat. */
    static XlsFormWorkbook smallForm() {
        return new XlsFormWorkbook()
                .sheet("survey", SURVEY)
                .row("text", "name", "姓名", "Name", "", "yes", "", "", "", "", "resident.name", "", "", "请填写申请人姓名")
                .row("integer", "age", "年龄", "Age", "周岁", "yes", ". >= 80", "须年满80周岁")
                .row("select_one yes_no", "proxy", "是否代办", "By proxy?", "", "yes")
                .row("text", "proxy_relation", "与申请人关系", "Relation", "", "yes", "", "", "${proxy} = 'yes'")
                .row("begin repeat", "members", "家庭成员", "Members", "", "", "", "", "", "", "household.members")
                .row("text", "member_name", "成员姓名", "Member name", "", "yes", "", "", "", "", "resident.name")
                .row("integer", "member_age", "成员年龄", "Member age")
                .row("decimal", "member_income", "月收入", "Monthly income", "", "", ". >= 0", "收入不能为负",
                        "${member_age} >= 16")
                .row("end repeat")
                .row("calculate", "member_count", "", "", "", "", "", "", "", "count(${members})")
                .row("image", "signature", "申请人签名", "Signature", "", "", "", "", "", "", "", "signature")
                .sheet("choices", List.of("list_name", "name", "label::中文 (zh)", "label::English (en)"))
                .row("yes_no", "yes", "是", "Yes")
                .row("yes_no", "no", "否", "No")
                .sheet("settings", List.of("form_id", "version", "form_title", "default_language", "gd:min_age",
                        "gd:tags"))
                .row("small_form", "2024.1", "小表", "中文 (zh)", "80", "高龄");
    }

    @Test
    void smallFormConvertsToPyxformsShape() throws Exception {
        XlsFormConverter.ConvertedForm converted = new XlsFormConverter().convert(smallForm().stream());
        String expected;
        try (InputStream in = getClass().getResourceAsStream("small_form.xml")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(XmlStructure.of(expected), XmlStructure.of(converted.xform()));
        FormTemplateInfo info = converted.info();
        assertEquals("small_form", info.formId());
        assertEquals("2024.1", info.version());
        assertEquals("小表", info.title());
        assertEquals(List.of("中文 (zh)", "English (en)"), info.languages());
        assertEquals(Optional.of(80), info.minAge());
        assertEquals(List.of("高龄"), info.tags());
        assertEquals(info, XFormInfoReader.read(converted.xform()));
    }

    @Test
    void javaRosaParsesTheConvertedForm() throws Exception {
        String xform = new XlsFormConverter().convert(smallForm().stream()).xform();
        assertEquals("small_form", XFormEngine.parse(xform).info().formId());
    }

    @Test
    void choiceFiltersFollowPyxformAndJavaRosaAppliesThem() throws Exception {
        XlsFormWorkbook workbook = new XlsFormWorkbook()
                .sheet("survey", List.of("type", "name", "label", "choice_filter", "read_only", "default"))
                .row("select_one towns", "town", "Town")
                .row("select_one villages", "village", "Village", "town=${town}")
                .row("begin repeat", "visits", "Visits")
                .row("select_one towns", "visit_town", "Town")
                .row("select_multiple villages", "visit_villages", "Villages", "town=${visit_town}")
                .row("end repeat")
                .row("text", "office", "Office", "", "yes", "镇政府")
                .sheet("choices", List.of("list_name", "name", "label", "town"))
                .row("towns", "t1", "Town one").row("towns", "t2", "Town two")
                .row("villages", "v1", "Village one", "t1").row("villages", "v2", "Village two", "t1")
                .row("villages", "v3", "Village three", "t2")
                .sheet("settings", List.of("form_id", "version", "form_title")).row("filtered", "1", "Filtered");
        String xform = new XlsFormConverter().convert(workbook.stream()).xform();
        assertTrue(xform.contains("<itemset nodeset=\"instance('villages')/root/item[town= /data/town ]\">"), xform);
        assertTrue(xform.contains("instance('villages')/root/item[town= current()/../visit_town ]"), xform);
        assertTrue(xform.contains("<label ref=\"label\"/>"), xform);
        assertTrue(xform.contains("<item>\n            <label>Village one</label>\n            <name>v1</name>\n"
                + "            <town>t1</town>"), xform);
        assertTrue(xform.contains("<bind nodeset=\"/data/office\" type=\"string\" readonly=\"true()\"/>"), xform);
        assertTrue(xform.contains("<office>镇政府</office>"), xform);

        ParsedForm form = XFormEngine.parse(xform);
        Map<String, Object> answers = new java.util.HashMap<>(Map.of("town", "t1", "village", "v2",
                "visits", List.of(Map.of("visit_town", "t2", "visit_villages", "v3"))));
        assertEquals(List.of(), form.validate(answers, true));
        answers.put("village", "v3");
        answers.put("visits", List.of(Map.of("visit_town", "t2", "visit_villages", "v3 v1")));
        assertEquals(List.of("/data/village", "/data/visits[1]/visit_villages"),
                form.validate(answers, true).stream().map(AnswerProblem::path).toList());
    }

    @Test
    void groupsAndRepeatsNestAndKeepTheirAnswersApart() throws Exception {
        XlsFormWorkbook workbook = new XlsFormWorkbook()
                .sheet("survey", List.of("type", "name", "label", "required", "relevant", "appearance"))
                .row("begin repeat", "households", "Households")
                .row("begin group", "head", "Head", "", "", "field-list")
                .row("text", "head_name", "Head's name", "yes")
                .row("end group")
                .row("begin repeat", "children", "Children")
                .row("integer", "child_age", "Age", "yes")
                .row("text", "school", "School", "yes", "${child_age} >= 6")
                .row("end repeat")
                .row("end repeat")
                .sheet("settings", List.of("form_id", "version", "form_title")).row("nested", "1", "Nested");
        String xform = new XlsFormConverter().convert(workbook.stream()).xform();
        assertTrue(xform.contains("<group appearance=\"field-list\" ref=\"/data/households/head\">")
                || xform.contains("<group ref=\"/data/households/head\" appearance=\"field-list\">"), xform);
        assertTrue(xform.contains("relevant=\" ../child_age  &gt;= 6\""), xform);
        ParsedForm form = XFormEngine.parse(xform);
        Map<String, Object> answers = Map.of("households", List.of(
                Map.of("head", Map.of("head_name", "王"), "children", List.of(Map.of("child_age", "4"),
                        Map.of("child_age", "9", "school", "一小"))),
                Map.of("head", Map.of(), "children", List.of(Map.of("child_age", "7")))));
        assertEquals(List.of("/data/households[2]/head/head_name", "/data/households[2]/children[1]/school"),
                form.validate(answers, true).stream().map(AnswerProblem::path).toList());
    }

    @Test
    void unknownTypeIsRefusedNamingSheetRowAndColumn() {
        XlsFormException refused = refused(new XlsFormWorkbook()
                .sheet("survey", List.of("type", "name", "label"))
                .row("text", "a", "A")
                .row("geopoint", "where", "Where")
                .sheet("settings", List.of("form_id", "version", "form_title")).row("f", "1", "F"));
        assertEquals("survey", refused.sheet());
        assertEquals(3, refused.row());
        assertEquals("type", refused.column());
        assertTrue(refused.getMessage().contains("geopoint"), refused.getMessage());
    }

    @Test
    void unknownReferenceIsRefusedAtItsCell() {
        XlsFormException refused = refused(new XlsFormWorkbook()
                .sheet("survey", List.of("type", "name", "label", "relevant"))
                .row("text", "a", "A")
                .row("text", "b", "B", "${nowhere} = 'x'")
                .sheet("settings", List.of("form_id", "version", "form_title")).row("f", "1", "F"));
        assertEquals(List.of("survey", 3, "relevant"), List.of(refused.sheet(), refused.row(), refused.column()));
    }

    @Test
    void unclosedGroupMissingListAndMissingSettingAreRefused() {
        XlsFormException unclosed = refused(new XlsFormWorkbook()
                .sheet("survey", List.of("type", "name", "label"))
                .row("begin group", "g", "G").row("text", "a", "A")
                .sheet("settings", List.of("form_id", "version", "form_title")).row("f", "1", "F"));
        assertEquals(List.of("survey", 2, "type"), List.of(unclosed.sheet(), unclosed.row(), unclosed.column()));
        XlsFormException noList = refused(new XlsFormWorkbook()
                .sheet("survey", List.of("type", "name", "label")).row("select_one colours", "c", "C")
                .sheet("settings", List.of("form_id", "version", "form_title")).row("f", "1", "F"));
        assertEquals(List.of("survey", 2, "type"), List.of(noList.sheet(), noList.row(), noList.column()));
        XlsFormException noVersion = refused(new XlsFormWorkbook()
                .sheet("survey", List.of("type", "name", "label")).row("text", "a", "A")
                .sheet("settings", List.of("form_id", "form_title")).row("f", "F"));
        assertEquals(List.of("settings", 2, "version"),
                List.of(noVersion.sheet(), noVersion.row(), noVersion.column()));
        XlsFormException badPrefill = refused(new XlsFormWorkbook()
                .sheet("survey", List.of("type", "name", "label", "bind::gd:prefill"))
                .row("text", "a", "A", "resident.salary")
                .sheet("settings", List.of("form_id", "version", "form_title")).row("f", "1", "F"));
        assertEquals(List.of("survey", 2, "bind::gd:prefill"),
                List.of(badPrefill.sheet(), badPrefill.row(), badPrefill.column()));
    }

    @Test
    void notAWorkbookIsAnIoProblem() {
        assertThrows(IOException.class, () -> new XlsFormConverter().convert(
                new java.io.ByteArrayInputStream("not excel".getBytes(StandardCharsets.UTF_8))));
    }

    private static XlsFormException refused(XlsFormWorkbook workbook) {
        return assertThrows(XlsFormException.class, () -> new XlsFormConverter().convert(workbook.stream()));
    }
}
