package org.griddesk.model.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.griddesk.model.forms.XlsSheet.XlsRow;

/**
 * The columns GridDesk understands, and the languages of the translatable ones: {@code label::中文 (zh)}
 * is the label in language {@code 中文 (zh)}; a column without {@code ::} is pyxform's language "default".
 */
final class SurveyColumns {
    static final String DEFAULT_LANGUAGE = "default";
    static final String PREFILL_COLUMN = "bind::gd:prefill";
    static final Set<String> TRANSLATABLE = Set.of("label", "hint", "constraint_message", "required_message");
    static final Set<String> SURVEY = Set.of("type", "name", "label", "hint", "required", "required_message",
            "relevant", "constraint", "constraint_message", "calculation", "appearance", "default", "read_only",
            "choice_filter", PREFILL_COLUMN);
    static final Set<String> SETTINGS = Set.of("form_id", "version", "form_title", "default_language", "namespaces",
            "instance_name", "gd:min_age", "gd:max_age", "gd:tags");

    private final List<String> languages;

    private SurveyColumns(List<String> languages) {
        this.languages = languages;
    }

    /** The languages of every translatable column of the survey and choices sheets, in order of appearance. */
    static SurveyColumns of(List<XlsSheet> sheets) {
        List<String> languages = new ArrayList<>();
        boolean plain = false;
        for (XlsSheet sheet : sheets) {
            for (String header : sheet.headers()) {
                String base = baseOf(header);
                if (!TRANSLATABLE.contains(base)) {
                    continue;
                }
                if (header.contains("::")) {
                    String language = header.substring(header.indexOf("::") + 2).strip();
                    if (!languages.contains(language)) {
                        languages.add(language);
                    }
                } else if (sheet.rows().stream().anyMatch(row -> !row.get(header).isEmpty())) {
                    plain = true;
                }
            }
        }
        if (plain && !languages.isEmpty()) {
            languages.add(0, DEFAULT_LANGUAGE);
        }
        return new SurveyColumns(List.copyOf(languages));
    }

    static String baseOf(String header) {
        return header.contains("::") && !header.startsWith("bind::") ? header.substring(0, header.indexOf("::")).strip()
                : header;
    }

    /** Whether texts go through itext translations (any language named) or inline. */
    boolean translated() {
        return !languages.isEmpty();
    }

    List<String> languages() {
        return languages;
    }

    /** The texts of a translatable column by language ({@code default} for the plain column); blanks left out. */
    Map<String, String> texts(XlsRow row, String base) {
        Map<String, String> texts = new LinkedHashMap<>();
        row.cells().forEach((header, value) -> {
            if (baseOf(header).equals(base) && !value.isEmpty()) {
                texts.put(header.contains("::") ? header.substring(header.indexOf("::") + 2).strip()
                        : DEFAULT_LANGUAGE, value);
            }
        });
        return texts;
    }
}
