package org.griddesk.desktop.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The workspaces of the navigation rail, in the order a grid worker meets them. */
public enum Workspace {
    TODAY("today", Material2MZ.TODAY, false),
    HOUSEHOLDS("households", Material2AL.HOUSE, false),
    MAP("map", Material2MZ.MAP, false),
    ISSUES("issues", Material2MZ.REPORT_PROBLEM, false),
    APPLICATIONS("applications", Material2AL.ASSIGNMENT, false),
    SYNC("sync", Material2MZ.SYNC, false),
    REVIEW("review", Material2AL.FACT_CHECK, true),
    SETTINGS("settings", Material2MZ.SETTINGS, false);

    private final String id;
    private final Ikon icon;
    private final boolean supervisorsOnly;

    Workspace(String id, Ikon icon, boolean supervisorsOnly) {
        this.id = id;
        this.icon = icon;
        this.supervisorsOnly = supervisorsOnly;
    }

    /** Stable name used for control ids and bundle keys. */
    public String id() {
        return id;
    }

    public Ikon icon() {
        return icon;
    }

    public boolean supervisorsOnly() {
        return supervisorsOnly;
    }

    public String labelKey() {
        return "workspace." + id + ".label";
    }

    public String key(String part) {
        return "workspace." + id + "." + part;
    }
}
