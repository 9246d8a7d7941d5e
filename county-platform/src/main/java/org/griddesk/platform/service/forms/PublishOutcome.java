package org.griddesk.platform.service.forms;

/** What {@code template publish} did: created the version, or found exactly the same one already there. */
public record PublishOutcome(TemplateSummary template, boolean created) {
}
