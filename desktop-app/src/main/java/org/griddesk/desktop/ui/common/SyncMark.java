package org.griddesk.desktop.ui.common;

import org.griddesk.sync.store.RecordSyncStatus;

/**
 * The small sync marker a list shows on each row: 待上传, 已同步, 被拒绝 (the reason as tooltip) or 有冲突.
 * Declared from least to most urgent, so a row that stands for several records shows the most urgent one.
 */
public enum SyncMark {
    SYNCED, PENDING, REJECTED, CONFLICT;

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
