package org.griddesk.desktop.service.applications;

/** A template offered for a resident; suggested when the resident meets the conditions the template states. */
public record TemplateChoice(FormTemplate template, boolean suggested) {
}
