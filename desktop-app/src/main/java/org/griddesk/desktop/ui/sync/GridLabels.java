package org.griddesk.desktop.ui.sync;

import java.util.List;

import org.griddesk.desktop.service.sync.SignedInAccount;
import org.griddesk.desktop.ui.i18n.Message;

/**
 * The grids of an account as people say them: 「名称（代码）」, or the code alone when the platform gave no name.
 * A township supervisor holds dozens of grids, so the account line names only the first few and the full list
 * goes one grid a line into a tooltip.
 */
final class GridLabels {

    static final int SHOWN_INLINE = 3;

    private GridLabels() {
    }

    /** The grids for the account line. */
    static Object inline(SignedInAccount account) {
        List<String> grids = account.grids();
        if (grids.isEmpty()) {
            return new Message("sync.account.grids.none");
        }
        if (grids.size() <= SHOWN_INLINE) {
            return list(account, grids, "sync.list.separator");
        }
        return new Message("sync.account.grids.more", list(account, grids.subList(0, SHOWN_INLINE),
                "sync.list.separator"), grids.size(), grids.size() - SHOWN_INLINE);
    }

    /** Every grid, one a line; null when the account line shows them all already. */
    static Message full(SignedInAccount account) {
        if (account.grids().size() <= SHOWN_INLINE) {
            return null;
        }
        return new Message("sync.account.grids.all", list(account, account.grids(), "sync.list.lineBreak"));
    }

    static Object label(SignedInAccount account, String code) {
        return account.gridName(code).<Object>map(name -> new Message("sync.grid.named", name, code)).orElse(code);
    }

    private static MessageList list(SignedInAccount account, List<String> codes, String separatorKey) {
        return new MessageList(codes.stream().map(code -> label(account, code)).toList(), separatorKey);
    }
}
