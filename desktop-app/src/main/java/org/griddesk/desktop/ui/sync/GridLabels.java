package org.griddesk.desktop.ui.sync;

import java.util.List;

import org.griddesk.desktop.service.sync.SignedInAccount;
import org.griddesk.desktop.ui.i18n.Message;

/**
 * The grids of an account as people say them: 「名称（代码）」, or the code alone when the platform gave no name.
 * A township supervisor holds dozens of grids, so the grids line names only the first few and the full list
 * goes one grid a line into a tooltip.
 */
final class GridLabels {

    // A worker holds one to a few grids; six fit on two lines of the workspace.
    static final int SHOWN_INLINE = 6;

    private GridLabels() {
    }

    /** The grids line of the workspace. */
    static Message line(SignedInAccount account) {
        return new Message("sync.account.grids", shown(account));
    }

    private static Object shown(SignedInAccount account) {
        List<String> grids = account.grids();
        if (grids.isEmpty()) {
            return new Message("sync.account.grids.none");
        }
        if (grids.size() <= SHOWN_INLINE) {
            return MessageList.inline(labels(account, grids));
        }
        List<Object> first = labels(account, grids.subList(0, SHOWN_INLINE));
        return new Message("sync.account.grids.more", MessageList.inline(first), grids.size(),
                grids.size() - SHOWN_INLINE);
    }

    /** Every grid, one a line; null when the grids line shows them all already. */
    static Message full(SignedInAccount account) {
        if (account.grids().size() <= SHOWN_INLINE) {
            return null;
        }
        return new Message("sync.account.grids.all", MessageList.lines(labels(account, account.grids())));
    }

    static Object label(SignedInAccount account, String code) {
        return account.gridName(code).<Object>map(name -> new Message("sync.grid.named", name, code)).orElse(code);
    }

    private static List<Object> labels(SignedInAccount account, List<String> codes) {
        return codes.stream().map(code -> label(account, code)).toList();
    }
}
