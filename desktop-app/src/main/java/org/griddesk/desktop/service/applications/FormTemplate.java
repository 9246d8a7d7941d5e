package org.griddesk.desktop.service.applications;

import java.util.List;

import org.griddesk.desktop.service.issues.RecordsOfType;
import org.griddesk.sync.record.SyncRecord;

/** A published application form, as synced from the platform: one version of one formId. */
public record FormTemplate(String recordId, String formId, String version, String title, List<String> languages,
                           String xform, boolean active) {

    public FormTemplate {
        languages = List.copyOf(languages);
    }

    static FormTemplate of(SyncRecord record) {
        Object languages = record.field(ApplicationFields.LANGUAGES);
        return new FormTemplate(record.id(), text(record, ApplicationFields.FORM_ID),
                text(record, ApplicationFields.VERSION), text(record, ApplicationFields.TITLE),
                languages instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(),
                text(record, ApplicationFields.XFORM),
                !"retired".equals(text(record, ApplicationFields.TEMPLATE_STATUS)));
    }

    static List<FormTemplate> all(RecordsOfType records) {
        return records.localViews(ApplicationFields.TEMPLATE_TYPE).stream()
                .filter(record -> !record.deleted())
                .map(FormTemplate::of)
                .filter(template -> !template.formId().isEmpty() && !template.xform().isEmpty())
                .toList();
    }

    private static String text(SyncRecord record, String field) {
        Object value = record.field(field);
        return value == null ? "" : value.toString();
    }
}
