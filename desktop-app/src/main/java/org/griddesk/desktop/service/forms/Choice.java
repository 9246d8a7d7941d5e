package org.griddesk.desktop.service.forms;

/** One choice of a select question: the value stored and the label in the form's current language. */
public record Choice(String value, String label) {
}
