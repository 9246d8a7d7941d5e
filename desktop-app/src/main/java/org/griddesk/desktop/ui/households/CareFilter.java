package org.griddesk.desktop.ui.households;

/** The care filter of the household list. */
public enum CareFilter {
    ALL, AGED_80_PLUS, LIVING_ALONE;

    public String key() {
        return "households.filter.care." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
