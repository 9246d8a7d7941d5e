package org.griddesk.desktop.service.issues;

/** A resident who can be named in an issue: the record id and the name shown in the form. */
public record ResidentChoice(String id, String name) {
}
