package org.griddesk.model.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.griddesk.model.forms.XlsSheet.XlsRow;

/** The settings sheet: the form's id, version, title, default language and GridDesk's suggestion conditions. */
record FormSettings(String formId, String version, String title, String defaultLanguage, Optional<Integer> minAge,
                    Optional<Integer> maxAge, List<String> tags) {
    private static final Pattern NAMESPACE = Pattern.compile("([\\w.-]+)\\s*=\\s*\"([^\"]*)\"");

    static FormSettings read(XlsSheet sheet, SurveyColumns columns) throws XlsFormException {
        if (sheet.rows().isEmpty()) {
            throw new XlsFormException(sheet.name(), 2, "form_id", "the settings sheet has no row of values");
        }
        XlsRow row = sheet.rows().get(0);
        for (String header : row.cells().keySet()) {
            if (!SurveyColumns.SETTINGS.contains(header)) {
                throw row.problem(header, "GridDesk does not convert the setting '" + header + "'");
            }
        }
        String formId = required(row, "form_id");
        if (!XlsFormConverter.XML_NAME.matcher(formId).matches()) {
            throw row.problem("form_id", "'" + formId + "' cannot be a form id (letters, digits, _ - . only)");
        }
        String version = required(row, "version");
        String title = required(row, "form_title");
        String defaultLanguage = row.get("default_language");
        if (columns.translated()) {
            if (defaultLanguage.isEmpty()) {
                defaultLanguage = columns.languages().get(0);
            } else if (!columns.languages().contains(defaultLanguage)) {
                throw row.problem("default_language", "no label column is in the language '" + defaultLanguage
                        + "'; the form has " + String.join(", ", columns.languages()));
            }
        }
        checkNamespaces(row);
        List<String> tags = row.get("gd:tags").isEmpty() ? List.of()
                : Arrays.stream(row.get("gd:tags").split("[\\s,，]+")).filter(t -> !t.isEmpty()).toList();
        return new FormSettings(formId, version, title, defaultLanguage, age(row, "gd:min_age"), age(row, "gd:max_age"),
                tags);
    }

    FormTemplateInfo info(SurveyColumns columns) {
        List<String> languages = new ArrayList<>(columns.languages());
        if (languages.remove(defaultLanguage)) {
            languages.add(0, defaultLanguage);
        }
        return new FormTemplateInfo(formId, version, title, languages, minAge, maxAge, tags);
    }

    private static String required(XlsRow row, String column) throws XlsFormException {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw row.problem(column, "the setting " + column + " is required");
        }
        return value;
    }

    private static Optional<Integer> age(XlsRow row, String column) throws XlsFormException {
        String value = row.get(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int age = Integer.parseInt(value);
            if (age >= 0 && age <= 150) {
                return Optional.of(age);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw row.problem(column, "'" + value + "' is not an age in whole years");
    }

    /** The gd prefix may only be bound to GridDesk's namespace; other prefixes are not needed by any column. */
    private static void checkNamespaces(XlsRow row) throws XlsFormException {
        String declared = row.get("namespaces");
        Matcher matcher = NAMESPACE.matcher(declared);
        while (matcher.find()) {
            if (!matcher.group(1).equals(XFormNames.GRIDDESK_PREFIX)
                    || !matcher.group(2).equals(XFormNames.GRIDDESK_NS)) {
                throw row.problem("namespaces", "only " + XFormNames.GRIDDESK_PREFIX + "=\"" + XFormNames.GRIDDESK_NS
                        + "\" can be declared, not " + matcher.group());
            }
        }
        if (!declared.isEmpty() && !NAMESPACE.matcher(declared).replaceAll("").isBlank()) {
            throw row.problem("namespaces", "write namespaces as prefix=\"uri\", e.g. gd=\"" + XFormNames.GRIDDESK_NS
                    + "\"");
        }
    }
}
