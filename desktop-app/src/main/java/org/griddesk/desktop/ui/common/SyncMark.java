package org.griddesk.desktop.ui.common;

import org.griddesk.sync.store.RecordSyncStatus;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The small sync marker a list shows on each row: 待上传, 已同步, 被拒绝 (the reason as tooltip) or 有冲突.
 * Declared from least to most urgent, so a row that stands for several records shows the most urgent one.
 * Each state has an icon of its own shape and its word, never a colour alone (MIIT elderly-friendly rules).
 */
public enum SyncMark {
    SYNCED(Material2AL.CHECK_CIRCLE_OUTLINE),
    PENDING(Material2MZ.SCHEDULE),
    REJECTED(Material2AL.BLOCK),
    CONFLICT(Material2AL.CALL_SPLIT);

    private final Ikon icon;

    SyncMark(Ikon icon) {
        this.icon = icon;
    }

    /** A new icon node for a list cell (a node has one parent, so each cell gets its own). */
    public FontIcon graphic() {
        FontIcon graphic = Icons.icon(icon, 18);
        graphic.getStyleClass().add("sync-mark-" + name().toLowerCase(java.util.Locale.ROOT));
        return graphic;
    }

    /** The message key of the marker's text. */
    public String key() {
        return "sync.mark." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A record the store does not list as unsynced ({@code null}) is synced; one being uploaded is pending. */
    public static SyncMark of(RecordSyncStatus status) {
        if (status == null) {
            return SYNCED;
        }
        return switch (status.state()) {
            case SYNCED -> SYNCED;
            case PENDING, UPLOADING -> PENDING;
            case REJECTED -> REJECTED;
            case CONFLICT -> CONFLICT;
        };
    }
}
