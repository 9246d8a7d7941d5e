package org.griddesk.desktop.ui.sync;

import java.util.List;

/**
 * Items of a message argument shown one after another: in a running text with the language's separator (Chinese
 * lists use 、 where English uses a comma; MessageFormat alone cannot join a list of any length), or one a line.
 */
record MessageList(List<Object> items, boolean oneALine) {

    static final String SEPARATOR_KEY = "sync.list.separator";

    MessageList {
        items = List.copyOf(items);
    }

    static MessageList inline(List<?> items) {
        return new MessageList(List.copyOf(items), false);
    }

    static MessageList lines(List<?> items) {
        return new MessageList(List.copyOf(items), true);
    }
}
