package org.griddesk.desktop.ui.applications;

/** An application offered for the chosen resident; suggested when the template's conditions hold. */
public record ChoiceLine(String formId, String title, boolean suggested) {
}
