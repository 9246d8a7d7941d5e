package org.griddesk.desktop.ui.sync;

import java.util.List;

/** A message argument of any number of items on one line, joined by the shown language's list separator. */
record MessageList(List<Object> items) {

    MessageList {
        items = List.copyOf(items);
    }
}
