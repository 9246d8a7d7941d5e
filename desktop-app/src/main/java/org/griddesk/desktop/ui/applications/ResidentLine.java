package org.griddesk.desktop.ui.applications;

/** A resident in the picker: name, masked identity number, age when known (-1 otherwise). */
public record ResidentLine(String id, String name, String maskedIdNumber, int age) {
}
