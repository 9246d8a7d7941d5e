package org.griddesk.desktop.ui.households;

import org.griddesk.desktop.ui.common.SyncMark;
import org.griddesk.desktop.ui.i18n.Message;

/**
 * One household in the list: where it is, who heads it, how many live there, whether anyone needs care, and the
 * sync state of the household and its residents (the most urgent one, with the platform's reason if any).
 */
public record HouseholdRow(String id, String address, String headName, int members, boolean needsCare,
                           SyncMark sync, Message syncReason) {

    public HouseholdRow(String id, String address, String headName, int members, boolean needsCare) {
        this(id, address, headName, members, needsCare, SyncMark.SYNCED, null);
    }
}
