package org.griddesk.model.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a bilingual XLSForm row by row, naming cells by column instead of by position. */
final class TemplateSheet {
    static final String ZH = "中文 (zh)";
    static final String EN = "English (en)";
    static final List<String> SURVEY = List.of("type", "name", "label::" + ZH, "label::" + EN, "hint::" + ZH,
            "hint::" + EN, "required", "constraint", "constraint_message::" + ZH, "constraint_message::" + EN,
            "relevant", "calculation", "appearance", "read_only", "choice_filter", "bind::gd:prefill");
    static final List<String> CHOICES = List.of("list_name", "name", "label::" + ZH, "label::" + EN);
    static final List<String> SETTINGS = List.of("form_id", "version", "form_title", "default_language",
            "namespaces", "gd:min_age", "gd:tags");

    private final List<Map<String, String>> survey = new ArrayList<>();
    private final List<List<String>> choices = new ArrayList<>();
    private Map<String, String> last;

    TemplateSheet q(String type, String name, String zh, String en) {
        last = new LinkedHashMap<>();
        last.put("type", type);
        last.put("name", name);
        last.put("label::" + ZH, zh);
        last.put("label::" + EN, en);
        survey.add(last);
        return this;
    }

    TemplateSheet end(String type) {
        last = new LinkedHashMap<>(Map.of("type", type));
        survey.add(last);
        return this;
    }

    TemplateSheet set(String column, String value) {
        last.put(column, value);
        return this;
    }

    TemplateSheet required() {
        return set("required", "yes");
    }

    TemplateSheet hint(String zh, String en) {
        return set("hint::" + ZH, zh).set("hint::" + EN, en);
    }

    TemplateSheet constraint(String expression, String zh, String en) {
        return set("constraint", expression).set("constraint_message::" + ZH, zh)
                .set("constraint_message::" + EN, en);
    }

    TemplateSheet relevant(String expression) {
        return set("relevant", expression);
    }

    TemplateSheet prefill(String field) {
        return set("bind::gd:prefill", field);
    }

    TemplateSheet choice(String list, String name, String zh, String en) {
        choices.add(List.of(list, name, zh, en));
        return this;
    }

    XlsFormWorkbook workbook(String formId, String version, String title, String minAge, String tags) {
        XlsFormWorkbook workbook = new XlsFormWorkbook().sheet("survey", SURVEY);
        for (Map<String, String> row : survey) {
            workbook.row(SURVEY.stream().map(column -> row.getOrDefault(column, "")).toArray(String[]::new));
        }
        workbook.sheet("choices", CHOICES);
        choices.forEach(choice -> workbook.row(choice.toArray(String[]::new)));
        workbook.sheet("settings", SETTINGS).row(formId, version, title, ZH,
                "gd=\"" + XFormNames.GRIDDESK_NS + "\"", minAge, tags);
        return workbook;
    }
}
