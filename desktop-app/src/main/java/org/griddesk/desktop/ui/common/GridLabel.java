package org.griddesk.desktop.ui.common;

import org.griddesk.desktop.ui.i18n.Message;

/** One grid as people say it, 「名称（代码）」, or its code alone when the platform gave no name. */
public final class GridLabel {

    private GridLabel() {
    }

    /** @param name the grid's name, null or blank when none is known */
    public static Message of(String code, String name) {
        return name == null || name.isBlank() ? new Message("grid.label.code", code)
                : new Message("grid.label.named", name, code);
    }
}
