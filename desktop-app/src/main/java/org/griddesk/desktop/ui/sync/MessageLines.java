package org.griddesk.desktop.ui.sync;

import java.util.List;

/** A message argument of any number of items, one a line (MessageFormat alone cannot join a list of any length). */
record MessageLines(List<Object> items) {

    MessageLines {
        items = List.copyOf(items);
    }
}
