package org.griddesk.desktop.ui.sync;

import java.util.List;

import org.griddesk.desktop.service.sync.SignedInAccount;
import org.griddesk.desktop.ui.common.GridLabel;
import org.griddesk.desktop.ui.i18n.Message;

/**
 * The grids of an account as people say them: 「名称（代码）」, or the code alone when the platform gave no name.
 * A township supervisor holds dozens of grids, so the workspace names only the first few and the full list goes
 * one grid a line into a tooltip.
 */
final class GridLabels {

    // A worker holds one to a few grids; six fit on two lines of the workspace.
    static final int SHOWN_INLINE = 6;

    private GridLabels() {
    }

    /** The grids the workspace names one by one. */
    static List<Message> shown(SignedInAccount account) {
        if (account.grids().isEmpty()) {
            return List.of(new Message("sync.account.grids.none"));
        }
        return account.grids().stream().limit(SHOWN_INLINE).map(code -> label(account, code)).toList();
    }

    /** How many more there are; null when every grid is shown. */
    static Message more(SignedInAccount account) {
        int total = account.grids().size();
        return total <= SHOWN_INLINE ? null : new Message("sync.account.grids.more", total, total - SHOWN_INLINE);
    }

    /** Every grid, one a line; null when every grid is shown already. */
    static Message full(SignedInAccount account) {
        if (account.grids().size() <= SHOWN_INLINE) {
            return null;
        }
        List<Object> all = account.grids().stream().<Object>map(code -> label(account, code)).toList();
        return new Message("sync.account.grids.all", new MessageLines(all));
    }

    static Message label(SignedInAccount account, String code) {
        return GridLabel.of(code, account.gridName(code).orElse(null));
    }
}
