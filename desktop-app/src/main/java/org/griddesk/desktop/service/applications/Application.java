package org.griddesk.desktop.service.applications;

import java.util.List;
import java.util.Map;

import org.griddesk.sync.record.SyncRecord;

/** A submitted application as the screens see it, read from the local view of its synced record. */
public record Application(String id, String grid, String templateId, String templateVersion, String residentId,
                          Map<String, Object> answers, ApplicationStatus status, List<String> attachments,
                          String submittedAt, String worker, String decisionNote,
                          List<String> missingMaterials) {

    public Application {
        answers = Map.copyOf(answers);
        attachments = List.copyOf(attachments);
        missingMaterials = List.copyOf(missingMaterials);
    }

    /** An application as the platform gives it (a reviewer's laptop need not hold the record itself). */
    public static Application of(String id, Map<String, Object> fields) {
        return of(new SyncRecord(ApplicationFields.TYPE, id, fields, 0, false));
    }

    @SuppressWarnings("unchecked")
    static Application of(SyncRecord record) {
        Object answers = record.field(ApplicationFields.ANSWERS);
        Object attachments = record.field(ApplicationFields.ATTACHMENTS);
        return new Application(record.id(), text(record, ApplicationFields.GRID),
                text(record, ApplicationFields.TEMPLATE_ID), text(record, ApplicationFields.TEMPLATE_VERSION),
                text(record, ApplicationFields.RESIDENT_ID),
                answers instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of(),
                ApplicationStatus.fromCode(record.field(ApplicationFields.STATUS)).orElse(ApplicationStatus.SUBMITTED),
                attachments instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(),
                text(record, ApplicationFields.SUBMITTED_AT), text(record, ApplicationFields.WORKER),
                text(record, ApplicationFields.DECISION_NOTE), texts(record, ApplicationFields.MISSING_MATERIALS));
    }

    private static List<String> texts(SyncRecord record, String field) {
        return record.field(field) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static String text(SyncRecord record, String field) {
        Object value = record.field(field);
        return value == null ? "" : value.toString();
    }
}
