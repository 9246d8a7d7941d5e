package org.griddesk.platform.service.forms;

import java.util.List;

/** One published template version as {@code template list} shows it. */
public record TemplateSummary(String id, String formId, String version, String title, List<String> languages,
                              String status) {
}
