package org.griddesk.desktop.ui.imports;

/** Where the import wizard is. */
public enum ImportStep {
    CHOOSE_FILE, MAPPING, CHECKING, REPORT, IMPORTING, DONE
}
